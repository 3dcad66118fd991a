"""Private keys at rest: keyring or passphrase-protected key file, backups, no plaintext."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import chainer, fail, null

from dlxh_desktop import secrets
from dlxh_desktop.exchange import (
    ExchangeError,
    Identity,
    IdentityVault,
    export_backup,
    restore_backup,
)
from dlxh_desktop.secrets import KeyringStore, MemoryStore, SecretStoreError

PASS = "correct horse battery"


def code(exc: pytest.ExceptionInfo[ExchangeError]) -> str:
    return exc.value.code


def test_keyring_vault_round_trip(tmp_path: Path) -> None:
    store = MemoryStore()
    vault = IdentityVault(secret_store=store, key_dir=tmp_path / "keys")
    assert vault.uses_keyring and not vault.exists()
    with pytest.raises(ExchangeError) as info:
        vault.load()
    assert code(info) == "no_identity"
    ident = Identity.generate()
    vault.save(ident)
    assert vault.load().public == ident.public
    assert not (tmp_path / "keys").exists()  # nothing on disk
    with pytest.raises(ExchangeError) as info:
        vault.save(Identity.generate())
    assert code(info) == "identity_exists"
    assert vault.load().public == ident.public
    newer = Identity.generate()
    vault.save(ident, slot="previous")
    vault.save(newer, overwrite=True)
    assert vault.load().public == newer.public
    assert vault.load(slot="previous").public == ident.public


def test_key_file_vault_passphrase_rules(tmp_path: Path) -> None:
    vault = IdentityVault(secret_store=None, key_dir=tmp_path / "keys")
    ident = Identity.generate()
    with pytest.raises(ExchangeError) as info:
        vault.save(ident)
    assert code(info) == "passphrase_required"
    with pytest.raises(ExchangeError) as info:
        vault.save(ident, "short")
    assert code(info) == "weak_passphrase"
    assert not vault.exists()
    vault.save(ident, PASS)
    raw = vault.key_file().read_bytes()
    assert raw.startswith(b"age-encryption.org/v1\n-> scrypt ")
    assert ident.to_secret().split()[1].encode() not in raw  # no plaintext seed
    with pytest.raises(ExchangeError) as info:
        vault.load()
    assert code(info) == "passphrase_required"
    with pytest.raises(ExchangeError) as info:
        vault.load("wrong passphrase")
    assert code(info) == "wrong_passphrase"
    assert vault.key_file().read_bytes() == raw  # a wrong passphrase changes nothing
    assert vault.load(PASS).public == ident.public
    assert [p.name for p in (tmp_path / "keys").iterdir()] == ["identity.age"]


def test_backup_export_and_restore() -> None:
    ident = Identity.generate()
    data = export_backup(ident, PASS, label="CDCS-01")
    assert data.startswith(b"age-encryption.org/v1\n-> scrypt ")
    restored, label = restore_backup(data, PASS)
    assert (restored.public, label) == (ident.public, "CDCS-01")
    with pytest.raises(ExchangeError) as info:
        restore_backup(data, "not the passphrase")
    assert code(info) == "wrong_passphrase"
    with pytest.raises(ExchangeError) as info:
        restore_backup(b"DLXHPKG\x00 not a backup", PASS)
    assert code(info) == "not_a_backup"
    with pytest.raises(ExchangeError) as info:
        export_backup(ident, "1234")
    assert code(info) == "weak_passphrase"


@pytest.mark.parametrize(
    "backend",
    [fail.Keyring(), null.Keyring(), chainer.ChainerBackend()],
    ids=["fail", "null", "chainer"],
)
def test_no_usable_keyring_is_detected(
    backend: keyring.backend.KeyringBackend, monkeypatch: pytest.MonkeyPatch
) -> None:
    if isinstance(backend, chainer.ChainerBackend):
        monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    assert not secrets.keyring_available()
    assert secrets.default_secret_store() is None
    with pytest.raises(SecretStoreError) as info:
        KeyringStore()
    assert info.value.code == "keyring_unavailable"


def test_a_real_backend_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    class Fake(keyring.backend.KeyringBackend):
        priority = 1  # type: ignore[assignment]
        values: dict[tuple[str, str], str] = {}  # noqa: RUF012

        def get_password(self, service: str, username: str) -> str | None:
            return self.values.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.values[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.values.pop((service, username))

    monkeypatch.setattr(keyring, "get_keyring", lambda: Fake())
    monkeypatch.setattr(keyring, "get_password", Fake().get_password)
    monkeypatch.setattr(keyring, "set_password", Fake().set_password)
    store = secrets.default_secret_store()
    assert isinstance(store, KeyringStore)
    store.set("identity", "secret")
    assert Fake.values == {("dlxh-desktop", "identity"): "secret"}
    assert store.get("identity") == "secret"
