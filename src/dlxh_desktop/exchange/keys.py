"""Identities (Ed25519 signing + X25519 age encryption), public key bundles, ids, fingerprints.

- **Key id**: ``hex(SHA-256("dlxh-key-id-v1\\0ed25519\\0" || raw public key))[:16]`` — a short
  lookup id for registries and headers. Encryption keys get the same kind of id over the age
  recipient string with the label ``x25519``.
- **Fingerprint**: 32 decimal digits in 8 groups of 4, from
  ``SHA-256("dlxh-fingerprint-v1\\0" || raw signing key)`` read as a big-endian integer mod
  10**32 (about 106 bits). Digits are easy to read aloud over the phone in any language. The
  fingerprint covers the signing key only; the encryption key is bound to it because it travels
  inside packages signed by that key.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from pyrage import x25519

from dlxh_desktop.exchange import ed25519_checks
from dlxh_desktop.exchange.errors import ExchangeError

_KEY_ID_LABEL = b"dlxh-key-id-v1\x00"
_FINGERPRINT_LABEL = b"dlxh-fingerprint-v1\x00"
_AGE_RECIPIENT_RE = re.compile(r"^age1[02-9ac-hj-np-z]{58}$")
KEY_ID_RE = re.compile(r"^[0-9a-f]{16}$")


def signing_key_id(public_raw: bytes) -> str:
    """The 16-hex-digit lookup id of an Ed25519 public key."""
    return hashlib.sha256(_KEY_ID_LABEL + b"ed25519\x00" + public_raw).hexdigest()[:16]


def encryption_key_id(age_recipient: str) -> str:
    """The 16-hex-digit lookup id of an age X25519 recipient (``age1…``)."""
    data = _KEY_ID_LABEL + b"x25519\x00" + age_recipient.encode("ascii")
    return hashlib.sha256(data).hexdigest()[:16]


def fingerprint(public_raw: bytes) -> str:
    """The human fingerprint of an Ed25519 public key: ``"1234 5678 … 9012"`` (8×4 digits)."""
    number = int.from_bytes(hashlib.sha256(_FINGERPRINT_LABEL + public_raw).digest(), "big")
    digits = f"{number % 10**32:032d}"
    return " ".join(digits[i : i + 4] for i in range(0, 32, 4))


def normalize_fingerprint(text: str) -> str:
    """Keep only the digits of what a person typed (spaces, dashes, dots are ignored)."""
    return "".join(ch for ch in text if ch in "0123456789")


def fingerprint_matches(public_raw: bytes, typed: str) -> bool:
    """True when ``typed`` (any grouping) is the fingerprint of ``public_raw``."""
    return normalize_fingerprint(typed) == normalize_fingerprint(fingerprint(public_raw))


@dataclass(frozen=True)
class PublicKeys:
    """A unit's public keys: the Ed25519 signing key (raw 32 bytes) and the age recipient."""

    signing: bytes
    encryption: str

    def __post_init__(self) -> None:
        if not ed25519_checks.is_acceptable_public_key(self.signing):
            raise ExchangeError("bad_public_key", "unusable Ed25519 public key")
        if not _AGE_RECIPIENT_RE.match(self.encryption):
            raise ExchangeError("bad_public_key", "not an age X25519 recipient")
        try:
            x25519.Recipient.from_str(self.encryption)
        except Exception as exc:
            raise ExchangeError("bad_public_key", "not an age X25519 recipient") from exc

    @property
    def key_id(self) -> str:
        """Lookup id of the signing key (the id registries are keyed by)."""
        return signing_key_id(self.signing)

    @property
    def encryption_key_id(self) -> str:
        """Lookup id of the encryption key (listed as a recipient in package headers)."""
        return encryption_key_id(self.encryption)

    @property
    def fingerprint(self) -> str:
        """Human fingerprint of the signing key."""
        return fingerprint(self.signing)

    def to_json(self) -> dict[str, str]:
        """A JSON-ready dict (as found in directories and enrollments)."""
        return {
            "ed25519": base64.b64encode(self.signing).decode("ascii"),
            "x25519": self.encryption,
        }

    @classmethod
    def from_json(cls, data: Any) -> PublicKeys:
        """Parse the dict written by :meth:`to_json`; raises ExchangeError ``bad_public_key``."""
        if not isinstance(data, dict) or set(data) != {"ed25519", "x25519"}:
            raise ExchangeError("bad_public_key", "public key object has the wrong fields")
        signing, encryption = data["ed25519"], data["x25519"]
        if not isinstance(signing, str) or not isinstance(encryption, str):
            raise ExchangeError("bad_public_key", "public key fields must be strings")
        return cls(decode_b64(signing, 32, "bad_public_key"), encryption)


def decode_b64(text: str, length: int, code: str) -> bytes:
    """Strict standard base64 of exactly ``length`` bytes (one spelling per value)."""
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError) as exc:
        raise ExchangeError(code, "bad base64") from exc
    if len(raw) != length or base64.b64encode(raw).decode("ascii") != text:
        raise ExchangeError(code, "bad base64")
    return raw


class Identity:
    """This installation's private keys. Never print, log or pickle one."""

    def __init__(self, signing: Ed25519PrivateKey, encryption: x25519.Identity) -> None:
        self._signing = signing
        self._encryption = encryption
        raw = signing.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        self.public = PublicKeys(raw, str(encryption.to_public()))

    @classmethod
    def generate(cls) -> Identity:
        """A fresh identity (call only on an explicit user action: setup, rotation)."""
        return cls(Ed25519PrivateKey.generate(), x25519.Identity.generate())

    @property
    def key_id(self) -> str:
        """Lookup id of the signing key."""
        return self.public.key_id

    @property
    def fingerprint(self) -> str:
        """Human fingerprint of the signing key."""
        return self.public.fingerprint

    @property
    def age_identity(self) -> x25519.Identity:
        """The pyrage identity used to decrypt packages addressed to this installation."""
        return self._encryption

    def sign(self, message: bytes) -> bytes:
        """Ed25519 signature (64 bytes) over ``message``."""
        return self._signing.sign(message)

    def to_secret(self) -> str:
        """The private halves as one line of text, for a keyring entry or an encrypted file."""
        seed = self._signing.private_bytes_raw()
        return f"dlxh-identity-v1 {base64.b64encode(seed).decode('ascii')} {self._encryption}"

    @classmethod
    def from_secret(cls, text: str) -> Identity:
        """Inverse of :meth:`to_secret`; raises ExchangeError ``bad_secret``."""
        parts = text.strip().split(" ")
        if len(parts) != 3 or parts[0] != "dlxh-identity-v1":
            raise ExchangeError("bad_secret", "not a DLXH identity")
        seed = decode_b64(parts[1], 32, "bad_secret")
        try:
            encryption = x25519.Identity.from_str(parts[2])
        except Exception as exc:
            raise ExchangeError("bad_secret", "bad age identity") from exc
        return cls(Ed25519PrivateKey.from_private_bytes(seed), encryption)

    def __repr__(self) -> str:
        return f"Identity(key_id={self.key_id!r})"
