"""A small interface over the OS keyring, with an in-memory implementation for tests.

Private keys live here when the OS offers a keyring (Windows Credential Manager, macOS Keychain,
Secret Service). When it does not, callers must use a passphrase-protected key file instead:
nothing in this module ever writes a secret to disk in plain text.
"""

from __future__ import annotations

from typing import Any, Protocol

from dlxh_desktop.errors import DlxhError

SERVICE_NAME = "dlxh-desktop"


class SecretStoreError(DlxhError):
    """The secret store failed (locked, refused, no backend)."""

    code = "keyring_error"


class SecretStore(Protocol):
    """Get, set and delete secret strings by name."""

    def get(self, name: str) -> str | None:
        """The secret stored under ``name``, or None."""
        ...

    def set(self, name: str, value: str) -> None:
        """Store ``value`` under ``name`` (replacing any previous value)."""
        ...

    def delete(self, name: str) -> None:
        """Remove ``name``; no error when it is absent."""
        ...


class MemoryStore:
    """A dictionary: for tests and for callers that hold secrets only for one run."""

    def __init__(self) -> None:
        self._values: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        """The secret stored under ``name``, or None."""
        return self._values.get(name)

    def set(self, name: str, value: str) -> None:
        """Store ``value`` under ``name``."""
        self._values[name] = value

    def delete(self, name: str) -> None:
        """Remove ``name`` if present."""
        self._values.pop(name, None)


def _usable(backend: Any) -> bool:
    # Imported lazily: keyring scans entry points at import, which is slow and irrelevant
    # for callers that only use MemoryStore.
    from keyring.backends import chainer, fail, null

    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return any(_usable(b) for b in backend.backends)
    return True


def keyring_available() -> bool:
    """True when the keyring library found a real backend (not the fail/null/empty chainer)."""
    try:
        import keyring

        return _usable(keyring.get_keyring())
    except Exception:
        # A broken backend configuration is as good as no backend: the caller falls back
        # to the passphrase-protected key file, never to plain text.
        return False


class KeyringStore:
    """Secrets in the OS keyring under the service name ``dlxh-desktop``."""

    def __init__(self, service: str = SERVICE_NAME) -> None:
        if not keyring_available():
            raise SecretStoreError("keyring_unavailable", "no usable keyring backend")
        self._service = service

    def get(self, name: str) -> str | None:
        """The secret stored under ``name``, or None."""
        import keyring

        try:
            value = keyring.get_password(self._service, name)
        except Exception as exc:
            raise SecretStoreError("keyring_error", str(exc), name=name) from exc
        return value

    def set(self, name: str, value: str) -> None:
        """Store ``value`` under ``name``."""
        import keyring

        try:
            keyring.set_password(self._service, name, value)
        except Exception as exc:
            raise SecretStoreError("keyring_error", str(exc), name=name) from exc

    def delete(self, name: str) -> None:
        """Remove ``name`` if present."""
        import keyring
        from keyring.errors import PasswordDeleteError

        try:
            keyring.delete_password(self._service, name)
        except PasswordDeleteError:
            pass
        except Exception as exc:
            raise SecretStoreError("keyring_error", str(exc), name=name) from exc


def default_secret_store() -> SecretStore | None:
    """The OS keyring when one is usable, else None (the caller then uses a key file)."""
    if keyring_available():
        return KeyringStore()
    return None
