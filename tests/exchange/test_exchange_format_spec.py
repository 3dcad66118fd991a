"""An independent reader written from docs/package-format.md alone (struct, hashlib, the raw
cryptography and pyrage APIs): if it agrees with the implementation, the document is right."""

from __future__ import annotations

import base64
import hashlib
import json
import struct

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from exchange_support import FILES, cast, valid_package


def test_spec_reader_agrees_with_implementation() -> None:
    data = valid_package()
    assert data[:8] == b"DLXHPKG\x00" and struct.unpack_from(">H", data, 8) == (1,)
    (h,) = struct.unpack_from(">I", data, 10)
    header_bytes = data[14 : 14 + h]
    (b,) = struct.unpack_from(">Q", data, 14 + h)
    body = data[22 + h : 22 + h + b]
    signature = data[22 + h + b :]
    assert len(signature) == 64
    header = json.loads(header_bytes)
    assert (
        header_bytes
        == json.dumps(header, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    )
    key = base64.b64decode(header["sender"]["key"])
    label = b"dlxh-key-id-v1\x00ed25519\x00"
    assert hashlib.sha256(label + key).hexdigest()[:16] == header["sender"]["key_id"]
    number = int.from_bytes(hashlib.sha256(b"dlxh-fingerprint-v1\x00" + key).digest(), "big")
    digits = f"{number % 10**32:032d}"
    assert " ".join(digits[i : i + 4] for i in range(0, 32, 4)) == cast().child.fingerprint
    outer = b"DLXH-PACKAGE-OUTER-v1\x00" + data[: 22 + h] + hashlib.sha256(body).digest()
    Ed25519PublicKey.from_public_bytes(key).verify(signature, outer)

    parent = cast().parent
    enc_label = b"dlxh-key-id-v1\x00x25519\x00" + parent.public.encryption.encode()
    assert hashlib.sha256(enc_label).hexdigest()[:16] == header["recipient"]["key_ids"][0]
    container = pyrage.decrypt(body, [parent.age_identity])
    assert container[:8] == b"DLXHBODY"
    (m,) = struct.unpack_from(">I", container, 8)
    manifest_bytes = container[12 : 12 + m]
    inner = container[12 + m : 12 + m + 64]
    Ed25519PublicKey.from_public_bytes(key).verify(
        inner, b"DLXH-PACKAGE-INNER-v1\x00" + manifest_bytes
    )
    manifest = json.loads(manifest_bytes)
    assert manifest["header"] == header
    pos = 12 + m + 64
    (n,) = struct.unpack_from(">H", container, pos)
    pos += 2
    files = {}
    for _ in range(n):
        (k,) = struct.unpack_from(">H", container, pos)
        name = container[pos + 2 : pos + 2 + k].decode()
        pos += 2 + k
        (size,) = struct.unpack_from(">Q", container, pos)
        pos += 8
        files[name] = container[pos : pos + size]
        pos += size
    assert pos == len(container)
    assert files == FILES
    for entry in manifest["files"]:
        assert hashlib.sha256(files[entry["name"]]).hexdigest() == entry["sha256"]
