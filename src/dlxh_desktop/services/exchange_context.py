"""What every exchange use case needs: this unit, its identity (loaded at most once), the
trust registry, the outgoing sequence and durable package writing.

Private keys live in the OS keyring when one exists, else in a passphrase-protected key file
(``home/keys``). The passphrase comes from a ``PassphraseSource`` the caller gives (the CLI:
``DLXH_KEY_PASSPHRASE`` or the terminal); with none, the operation is refused before anything
changes.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import unicodedata
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dlxh_desktop.exchange import (
    ExchangeError,
    Identity,
    IdentityVault,
    PublicKeys,
    read_envelope,
    write_atomically,
)
from dlxh_desktop.secrets import SecretStore, default_secret_store
from dlxh_desktop.storage import exchange_repo, settings_repo
from dlxh_desktop.storage.exchange_repo import ParentLink, TrustKey

from .errors import ServiceError

if TYPE_CHECKING:
    from .app import Services

PassphraseSource = Callable[[str, bool], "str | None"]
"""``source(purpose, new)``: the passphrase, or None when none can be had (no terminal)."""

HOME_ID = "exchange.home_id"
OWN_KEYS = "exchange.own_keys"
PREVIOUS_KEYS = "exchange.previous_keys"
ROTATION = "exchange.rotation"  # latest rotation record (base64), carried in our directory
RECOVERY = "exchange.recovery_key"  # set at the top unit; children inherit their parent's


def no_passphrase(purpose: str, new: bool) -> str | None:
    return None


def public_of(k: TrustKey) -> PublicKeys:
    return PublicKeys(base64.b64decode(k.signing_key), k.encryption_key)


def trust_key(
    unit: str,
    keys: PublicKeys,
    *,
    source: str,
    status: str = "active",
    valid_from: datetime | None = None,
    valid_until: datetime | None = None,
    confirmed_at: datetime | None = None,
) -> TrustKey:
    return TrustKey(
        unit_code=unit,
        key_id=keys.key_id,
        signing_key=base64.b64encode(keys.signing).decode("ascii"),
        encryption_key=keys.encryption,
        fingerprint=keys.fingerprint,
        status=status,
        source=source,
        valid_from=valid_from,
        valid_until=valid_until,
        confirmed_at=confirmed_at,
    )


def keys_record(keys: PublicKeys, created_at: datetime) -> dict[str, Any]:
    return {
        "key_id": keys.key_id,
        "fingerprint": keys.fingerprint,
        "encryption_key_id": keys.encryption_key_id,
        "public": keys.to_json(),
        "created_at": created_at.isoformat(),
    }


class ExchangeContext:
    """One command's (or one UI task's) view of the exchange state of a data folder."""

    def __init__(
        self,
        svc: Services,
        *,
        secret_store: SecretStore | str | None = "default",
        passphrase: PassphraseSource = no_passphrase,
    ) -> None:
        self.svc = svc
        self.sessions = svc.db.sessions
        self.home = svc.home
        self.clock = svc.clock
        self._store: SecretStore | None = (
            default_secret_store() if isinstance(secret_store, str) else secret_store
        )
        self.passphrase_source = passphrase
        self._identity: Identity | None = None
        self._previous: Identity | None = None
        self._vault: IdentityVault | None = None
        self._own_keys: PublicKeys | None = None
        self._previous_key_id: str | None = None

    # -- this unit -------------------------------------------------------------------------
    def own_code(self) -> str:
        return self.svc.settings.require_own_unit()

    def setting(self, key: str, default: Any = None) -> Any:
        with self.sessions.read() as s:
            return settings_repo.get(s, key, default)

    def own_keys(self) -> PublicKeys:
        if self._own_keys is None:
            rec = self.setting(OWN_KEYS)
            if rec is None:
                raise ServiceError("no_keys")
            self._own_keys = PublicKeys.from_json(rec["public"])
        return self._own_keys

    def parent(self) -> ParentLink | None:
        with self.sessions.read() as s:
            return exchange_repo.get_parent(s)

    def require_parent(self) -> ParentLink:
        link = self.parent()
        if link is None:
            raise ServiceError("no_parent")
        return link

    def active_key(self, unit: str) -> TrustKey:
        """The key packages to ``unit`` are encrypted to / its packages are checked with."""
        with self.sessions.read() as s:
            keys = [k for k in exchange_repo.keys_of(s, unit) if k.status == "active"]
        if not keys:
            raise ServiceError("no_key_for_unit", unit=unit)
        return keys[-1]

    # -- identity --------------------------------------------------------------------------
    def vault(self) -> IdentityVault:
        if self._vault is None:
            with self.sessions.write() as s:
                home_id = settings_repo.get(s, HOME_ID)
                if home_id is None:
                    home_id = secrets.token_hex(8)
                    settings_repo.put(s, HOME_ID, home_id)
            self._vault = IdentityVault(
                secret_store=self._store, key_dir=self.home.keys, entry_name=f"identity-{home_id}"
            )
        return self._vault

    @property
    def uses_keyring(self) -> bool:
        return self._store is not None

    def _passphrase(self, purpose: str, new: bool) -> str:
        value = self.passphrase_source(purpose, new)
        if value is None:
            raise ServiceError("passphrase_unavailable", path=str(self.home.keys))
        return value

    def identity(self, slot: str = "current") -> Identity:
        """This unit's identity, loaded at most once per context."""
        cached = self._identity if slot == "current" else self._previous
        if cached is not None:
            return cached
        vault = self.vault()
        if not vault.exists(slot):
            raise ServiceError("no_identity" if slot == "current" else "no_previous_identity")
        passphrase = None if self._store is not None else self._passphrase("key file", False)
        identity = vault.load(passphrase, slot=slot)
        if slot == "current":
            expected = self.setting(OWN_KEYS)
            if expected is not None and expected["key_id"] != identity.key_id:
                raise ServiceError("identity_mismatch", key_id=identity.key_id)
            self._identity = identity
        else:
            self._previous = identity
        return identity

    def identity_for(self, recipient_key_ids: tuple[str, ...]) -> Identity:
        """The identity that can open a package listing ``recipient_key_ids`` (current, else the
        one kept after a rotation)."""
        current = self.own_keys()
        if current.encryption_key_id in recipient_key_ids:
            return self.identity()
        if self._previous_key_id is None:
            prev = self.setting(PREVIOUS_KEYS)
            self._previous_key_id = prev["encryption_key_id"] if prev else ""
        if self._previous_key_id and self._previous_key_id in recipient_key_ids:
            return self.identity("previous")
        return self.identity()

    def store_identity(self, identity: Identity, *, slot: str = "current") -> None:
        """Save a new identity (refuses to replace one: ``identity_exists``)."""
        passphrase = None if self._store is not None else self._passphrase("new key file", True)
        self.vault().save(identity, passphrase, slot=slot)
        if slot == "current":
            self._identity = identity

    def replace_identity(self, new: Identity, old: Identity) -> None:
        """After a rotation: the old identity to slot ``previous``, the new one current."""
        vault = self.vault()
        passphrase = None if self._store is not None else self._passphrase("key file", False)
        vault.save(old, passphrase, slot="previous", overwrite=True)
        vault.save(new, passphrase, overwrite=True)
        self._identity, self._previous = new, old
        self._own_keys = self._previous_key_id = None

    # -- sending ---------------------------------------------------------------------------
    def allocate_sequence(self) -> int:
        """Commit the next sequence number before anything is written (never reused)."""
        code = self.own_code()
        with self.sessions.write() as s:
            return exchange_repo.next_sequence(s, code)

    def write_package(self, out: Path, data: bytes) -> None:
        """Temp file, fsync, rename, read back and verify the envelope signature."""
        me = self.own_keys()
        code = self.own_code()

        def verify(written: bytes) -> None:
            read_envelope(
                written,
                lookup_sender_key=lambda u, k: me if (u, k) == (code, me.key_id) else None,
            )

        if out.is_dir():
            raise ServiceError("output_is_folder", path=str(out))
        try:
            write_atomically(out, data, verify=verify)
        except ExchangeError as exc:
            raise ServiceError("output_unwritable", path=str(out)) from exc


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def nfc(value: Any) -> Any:
    """``value`` with every string in Unicode NFC (canonical JSON refuses other forms)."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list | tuple):
        return [nfc(v) for v in value]
    if isinstance(value, dict):
        return {nfc(k): nfc(v) for k, v in value.items()}
    return value
