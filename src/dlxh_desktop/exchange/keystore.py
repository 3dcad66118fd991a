"""Where private keys rest: the OS keyring, or a passphrase-protected age (scrypt) key file.

Rules from PACKAGE-DESIGN.md: never plain text on disk, never a new identity created silently,
a wrong passphrase changes nothing. Backups are age scrypt files too, so a person can inspect
one with the standard ``age -d`` tool.
"""

from __future__ import annotations

from pathlib import Path

import pyrage
from pyrage import passphrase as age_passphrase

from dlxh_desktop.exchange import canonical_json
from dlxh_desktop.exchange.atomic_write import write_atomically
from dlxh_desktop.exchange.errors import ExchangeError
from dlxh_desktop.exchange.keys import Identity
from dlxh_desktop.secrets import SecretStore

MIN_PASSPHRASE_CHARS = 8
_SCRYPT_PREFIX = b"age-encryption.org/v1\n-> scrypt "
_BACKUP_FORMAT = "dlxh-key-backup"


def _check_new_passphrase(passphrase: str | None) -> str:
    if passphrase is None:
        raise ExchangeError("passphrase_required", "a passphrase is needed for the key file")
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise ExchangeError(
            "weak_passphrase", f"passphrase shorter than {MIN_PASSPHRASE_CHARS} characters"
        )
    return passphrase


def _scrypt_encrypt(plaintext: bytes, passphrase: str) -> bytes:
    result: bytes = age_passphrase.encrypt(plaintext, passphrase)
    return result


def _scrypt_decrypt(data: bytes, passphrase: str, not_ours_code: str) -> bytes:
    if not data.startswith(_SCRYPT_PREFIX):
        raise ExchangeError(not_ours_code, "not a passphrase-protected age file")
    try:
        result: bytes = age_passphrase.decrypt(data, passphrase)
    except pyrage.DecryptError as exc:
        # age cannot tell a wrong passphrase from a damaged file; the wrong passphrase is
        # by far the common case, and either way nothing was changed.
        raise ExchangeError("wrong_passphrase", "wrong passphrase or damaged file") from exc
    return result


class IdentityVault:
    """Load and save this installation's identity.

    With a ``secret_store`` (the OS keyring) the identity is stored there under ``entry_name``;
    without one it is stored in ``key_dir/<entry_name>.age`` encrypted with a passphrase.
    ``slot`` separates the current identity from the previous one kept after a rotation.
    """

    def __init__(
        self, *, secret_store: SecretStore | None, key_dir: Path, entry_name: str = "identity"
    ) -> None:
        self._store = secret_store
        self._key_dir = Path(key_dir)
        self._name = entry_name

    @property
    def uses_keyring(self) -> bool:
        """True when private keys go to the OS keyring, False when to a key file."""
        return self._store is not None

    def key_file(self, slot: str = "current") -> Path:
        """Path of the passphrase-protected key file of ``slot`` (used without a keyring)."""
        suffix = "" if slot == "current" else f".{slot}"
        return self._key_dir / f"{self._name}{suffix}.age"

    def _entry(self, slot: str) -> str:
        return self._name if slot == "current" else f"{self._name}.{slot}"

    def exists(self, slot: str = "current") -> bool:
        """True when an identity is stored in ``slot`` (keyring entry or key file)."""
        if self._store is not None and self._store.get(self._entry(slot)) is not None:
            return True
        return self.key_file(slot).exists()

    def save(
        self,
        identity: Identity,
        passphrase: str | None = None,
        *,
        slot: str = "current",
        overwrite: bool = False,
    ) -> None:
        """Store ``identity``; refuses to replace an existing one unless ``overwrite``."""
        if not overwrite and self.exists(slot):
            raise ExchangeError("identity_exists", "an identity is already stored", slot=slot)
        if self._store is not None:
            self._store.set(self._entry(slot), identity.to_secret())
            return
        data = _scrypt_encrypt(
            identity.to_secret().encode("ascii"), _check_new_passphrase(passphrase)
        )
        self._key_dir.mkdir(parents=True, exist_ok=True)
        write_atomically(self.key_file(slot), data)

    def load(self, passphrase: str | None = None, *, slot: str = "current") -> Identity:
        """The stored identity; ExchangeError ``no_identity``, ``passphrase_required``,
        ``wrong_passphrase`` or ``bad_secret`` otherwise. Never creates one."""
        if self._store is not None:
            secret = self._store.get(self._entry(slot))
            if secret is not None:
                return Identity.from_secret(secret)
        path = self.key_file(slot)
        if not path.exists():
            raise ExchangeError("no_identity", "no identity is stored", slot=slot)
        if passphrase is None:
            raise ExchangeError("passphrase_required", "the key file needs its passphrase")
        plain = _scrypt_decrypt(path.read_bytes(), passphrase, "bad_key_file")
        try:
            return Identity.from_secret(plain.decode("ascii"))
        except UnicodeDecodeError as exc:
            raise ExchangeError("bad_secret", "key file content is not an identity") from exc


def export_backup(identity: Identity, passphrase: str, *, label: str = "") -> bytes:
    """A passphrase-protected (age scrypt) backup of ``identity``; ``label`` names the unit."""
    payload = canonical_json.dumps(
        {
            "format": _BACKUP_FORMAT,
            "version": 1,
            "identity": identity.to_secret(),
            "label": label,
        }
    )
    return _scrypt_encrypt(payload, _check_new_passphrase(passphrase))


def restore_backup(data: bytes, passphrase: str) -> tuple[Identity, str]:
    """The identity and label inside a backup; ExchangeError ``not_a_backup`` or
    ``wrong_passphrase`` (nothing is stored by this function)."""
    plain = _scrypt_decrypt(data, passphrase, "not_a_backup")
    try:
        doc = canonical_json.loads(plain, max_bytes=4096, max_depth=2)
    except ExchangeError as exc:
        raise ExchangeError("not_a_backup", "backup content is not a DLXH key backup") from exc
    if (
        not isinstance(doc, dict)
        or doc.get("format") != _BACKUP_FORMAT
        or doc.get("version") != 1
        or not isinstance(doc.get("identity"), str)
        or not isinstance(doc.get("label"), str)
    ):
        raise ExchangeError("not_a_backup", "backup content is not a DLXH key backup")
    return Identity.from_secret(doc["identity"]), doc["label"]
