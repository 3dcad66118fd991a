"""The inner container (the plaintext inside the age encryption): manifest, signature, files.

Layout (all integers big-endian)::

    "DLXHBODY"              8 bytes magic
    manifest_len            u32
    manifest                canonical JSON (see header.py)
    inner_signature         64 bytes, Ed25519 over "DLXH-PACKAGE-INNER-v1\\0" || manifest
    file_count              u16
    file_count times:
        name_len            u16
        name                UTF-8
        data_len            u64
        data

Nothing may follow the last file. No compression, so there is no decompression ratio to bound:
the plaintext is never larger than the limit checked while decrypting.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass

from dlxh_desktop.exchange.errors import PackageRejected
from dlxh_desktop.exchange.keys import Identity

CONTAINER_MAGIC = b"DLXHBODY"
INNER_DOMAIN = b"DLXH-PACKAGE-INNER-v1\x00"
SIGNATURE_BYTES = 64


def inner_message(manifest: bytes) -> bytes:
    """The bytes the inner signature covers."""
    return INNER_DOMAIN + manifest


def sign_manifest(manifest: bytes, signer: Identity) -> bytes:
    """The inner signature of ``manifest`` by ``signer``."""
    return signer.sign(inner_message(manifest))


def encode_container(
    manifest: bytes, inner_signature: bytes, files: Sequence[tuple[str, bytes]]
) -> bytes:
    """Lay out a container; performs no validation (tests use it to build hostile ones)."""
    parts = [CONTAINER_MAGIC, struct.pack(">I", len(manifest)), manifest, inner_signature]
    parts.append(struct.pack(">H", len(files)))
    for name, data in files:
        raw = name.encode("utf-8", errors="surrogatepass")
        parts += [struct.pack(">H", len(raw)), raw, struct.pack(">Q", len(data)), data]
    return b"".join(parts)


@dataclass(frozen=True)
class DecodedContainer:
    """A container split into its parts; nothing is verified yet."""

    manifest: bytes
    inner_signature: bytes
    files: tuple[tuple[str, bytes], ...]


class _Reader:
    def __init__(self, data: bytes) -> None:
        self._view = memoryview(data)
        self.pos = 0

    def take(self, n: int) -> bytes:
        if n > len(self._view) - self.pos:
            raise PackageRejected(
                "container_framing", "inner container ends early", offset=self.pos
            )
        chunk = bytes(self._view[self.pos : self.pos + n])
        self.pos += n
        return chunk

    def remaining(self) -> int:
        return len(self._view) - self.pos


def decode_container(data: bytes, *, max_manifest_bytes: int, max_files: int) -> DecodedContainer:
    """Split a decrypted container; PackageRejected ``container_framing`` / limits codes."""
    reader = _Reader(data)
    if reader.take(len(CONTAINER_MAGIC)) != CONTAINER_MAGIC:
        raise PackageRejected("container_framing", "inner container has a bad magic")
    (manifest_len,) = struct.unpack(">I", reader.take(4))
    if manifest_len > max_manifest_bytes:
        raise PackageRejected("too_large", "manifest larger than the limit")
    manifest = reader.take(manifest_len)
    signature = reader.take(SIGNATURE_BYTES)
    (count,) = struct.unpack(">H", reader.take(2))
    if count > max_files:
        raise PackageRejected("too_many_files", "too many files", limit=max_files)
    files: list[tuple[str, bytes]] = []
    for _ in range(count):
        (name_len,) = struct.unpack(">H", reader.take(2))
        raw_name = reader.take(name_len)
        try:
            name = raw_name.decode("utf-8", errors="strict")
        except UnicodeDecodeError as exc:
            raise PackageRejected("bad_entry_name", "file name is not UTF-8") from exc
        (size,) = struct.unpack(">Q", reader.take(8))
        files.append((name, reader.take(size)))
    if reader.remaining():
        raise PackageRejected(
            "container_framing", "bytes after the last file", extra=reader.remaining()
        )
    return DecodedContainer(manifest, signature, tuple(files))
