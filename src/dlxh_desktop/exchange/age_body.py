"""The encrypted body: age (X25519) encryption, a pre-scan of the age header, bounded decryption.

The age header is scanned here before pyrage sees it, so that a package with thousands of
recipient stanzas or a passphrase (scrypt) stanza — which would make the receiver run an
expensive key derivation — is refused without any cryptographic work. Decryption streams into a
writer that refuses to grow past the plaintext limit, so memory stays bounded whatever the
ciphertext claims.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import pyrage
from pyrage import x25519

from dlxh_desktop.exchange.errors import PackageRejected
from dlxh_desktop.exchange.limits import Limits

AGE_INTRO = b"age-encryption.org/v1\n"


def encrypt(plaintext: bytes, recipients: Sequence[str]) -> bytes:
    """Encrypt to the age X25519 recipients (``age1…`` strings), binary (not armored) output."""
    parsed = [x25519.Recipient.from_str(r) for r in recipients]
    result: bytes = pyrage.encrypt(plaintext, parsed)
    return result


def scan_age_header(body: bytes, expected_recipients: int, limits: Limits) -> None:
    """Count and classify the stanzas of an age header without decrypting anything.

    Raises PackageRejected ``age_header`` (not binary age v1, or header too long / malformed),
    ``passphrase_stanza``, ``too_many_recipients`` or ``recipient_mismatch`` (the number of
    X25519 stanzas differs from the recipients named in the signed header).
    """
    if not body.startswith(AGE_INTRO):
        raise PackageRejected("age_header", "encrypted body is not a binary age v1 file")
    pos = len(AGE_INTRO)
    stanzas = 0
    x25519_stanzas = 0
    end = min(len(body), limits.max_age_header_bytes)
    while True:
        newline = body.find(b"\n", pos, end)
        if newline < 0:
            raise PackageRejected("age_header", "age header is too long or has no end")
        line = body[pos:newline]
        pos = newline + 1
        if line.startswith(b"--- "):
            break
        if not line.startswith(b"-> "):
            continue  # a base64 body line of the previous stanza
        stanzas += 1
        kind = line[3:].split(b" ", 1)[0]
        if kind.lower() == b"scrypt":
            raise PackageRejected("passphrase_stanza", "package is passphrase-encrypted")
        if kind == b"X25519":
            x25519_stanzas += 1
        if stanzas > limits.max_age_stanzas or x25519_stanzas > limits.max_recipients:
            raise PackageRejected(
                "too_many_recipients", "too many recipients in the encryption header"
            )
    if x25519_stanzas != expected_recipients:
        raise PackageRejected(
            "recipient_mismatch",
            "encrypted to a different number of keys than the header says",
            stanzas=x25519_stanzas,
            header=expected_recipients,
        )


class _BoundedWriter(io.RawIOBase):
    """Collects plaintext, refusing to hold more than ``limit`` bytes."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self._limit = limit
        self._buffer = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        if len(self._buffer) + len(data) > self._limit:
            raise _TooLarge
        self._buffer += data
        return len(data)

    def value(self) -> bytes:
        return bytes(self._buffer)


class _TooLarge(Exception):
    pass


def decrypt_bounded(body: bytes, identity: x25519.Identity, limit: int) -> bytes:
    """Decrypt ``body`` with ``identity``; PackageRejected ``decrypt_failed`` or ``too_large``."""
    writer = _BoundedWriter(limit)
    try:
        pyrage.decrypt_io(io.BytesIO(body), writer, [identity])
    except _TooLarge as exc:
        raise PackageRejected(
            "too_large", "decrypted content is over the limit", limit=limit
        ) from exc
    except pyrage.DecryptError as exc:
        raise PackageRejected("decrypt_failed", "cannot decrypt", detail=str(exc)) from exc
    except Exception as exc:
        # pyrage surfaces some malformed inputs as other exception types; all mean the same.
        raise PackageRejected("decrypt_failed", "cannot decrypt", detail=str(exc)) from exc
    return writer.value()
