"""The package envelope: framing, outer signature, and the two-step open pipeline.

Layout (integers big-endian; see docs/package-format.md)::

    "DLXHPKG\\0"   8 bytes magic
    version        u16 = 1
    header_len     u32, header: canonical JSON
    body_len       u64, body: age ciphertext of the container (plain container for directories)
    signature      64 bytes Ed25519 over
                   "DLXH-PACKAGE-OUTER-v1\\0" || every byte before body || SHA-256(body)

The receiver checks size, framing, header and outer signature (:func:`read_envelope`) before it
decrypts or parses anything else; the caller checks its ledger in between, then calls
:func:`decrypt_and_verify`.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from dlxh_desktop.exchange import age_body, canonical_json, ed25519_checks
from dlxh_desktop.exchange.container import SIGNATURE_BYTES, decode_container, inner_message
from dlxh_desktop.exchange.errors import ExchangeError, PackageRejected
from dlxh_desktop.exchange.header import Manifest, PackageHeader, parse_header, parse_manifest
from dlxh_desktop.exchange.keys import Identity, PublicKeys, fingerprint
from dlxh_desktop.exchange.limits import DEFAULT_LIMITS, Limits, check_entry_names

MAGIC = b"DLXHPKG\x00"
VERSION = 1
OUTER_DOMAIN = b"DLXH-PACKAGE-OUTER-v1\x00"
_PREFIX = struct.Struct(">8sHI")  # magic, version, header_len
_BODY_LEN = struct.Struct(">Q")
SELF_CERTIFYING_KINDS = frozenset({"directory", "enrollment"})

SenderLookup = Callable[[str, str], PublicKeys | None]
"""``lookup(unit_code, key_id)``: the registered keys of that unit with that id, or None."""


@dataclass(frozen=True)
class Envelope:
    """A package whose framing, header and outer signature are verified; body still sealed."""

    header: PackageHeader
    header_bytes: bytes
    body: bytes
    sha256: str  # of the whole file: the ledger and archive key
    sender_registered: bool  # False: verified only with the key the package itself carries


@dataclass(frozen=True)
class OpenedPackage:
    """A fully verified package: header, manifest and files (in manifest order)."""

    envelope: Envelope
    manifest: Manifest
    files: dict[str, bytes]

    @property
    def header(self) -> PackageHeader:
        """The verified header (equal to the manifest's copy)."""
        return self.envelope.header


def outer_message(prefix: bytes, body: bytes) -> bytes:
    """The bytes the outer signature covers (``prefix`` = everything before the body)."""
    return OUTER_DOMAIN + prefix + hashlib.sha256(body).digest()


def seal(header_bytes: bytes, body: bytes, signer: Identity) -> bytes:
    """Frame ``header_bytes`` and ``body`` and append the outer signature (no validation)."""
    prefix = _PREFIX.pack(MAGIC, VERSION, len(header_bytes)) + header_bytes
    prefix += _BODY_LEN.pack(len(body))
    return prefix + body + signer.sign(outer_message(prefix, body))


def read_package_file(path: Path, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """Read a package file, refusing an oversized one before reading it (``too_large``)."""
    try:
        size = Path(path).stat().st_size
        if size > limits.max_package_bytes:
            raise PackageRejected("too_large", "file is larger than any package", size=size)
        with open(path, "rb") as handle:
            data = handle.read(limits.max_package_bytes + 1)
    except OSError as exc:
        raise ExchangeError("read_failed", str(exc), path=str(path)) from exc
    if len(data) > limits.max_package_bytes:  # it grew while we looked
        raise PackageRejected("too_large", "file is larger than any package", size=len(data))
    return data


def _frame(data: bytes, limits: Limits) -> tuple[bytes, bytes, bytes, bytes]:
    """Split into (prefix, header, body, signature) or raise a framing code."""
    if len(data) > limits.max_package_bytes:
        raise PackageRejected("too_large", "file is larger than any package", size=len(data))
    if not data:
        raise PackageRejected("empty", "the file is empty")
    if not data.startswith(MAGIC[: len(data)]):  # a short prefix of the magic is truncation
        raise PackageRejected("bad_magic", "not a DLXH package")
    if len(data) < _PREFIX.size:
        raise PackageRejected("truncated", "file ends inside the envelope", size=len(data))
    _, version, header_len = _PREFIX.unpack_from(data)
    if version != VERSION:
        raise PackageRejected("unknown_version", "unsupported package version", version=version)
    if header_len > limits.max_header_bytes:
        raise PackageRejected("too_large", "header larger than the limit", header=header_len)
    body_at = _PREFIX.size + header_len + _BODY_LEN.size
    if len(data) < body_at:
        raise PackageRejected("truncated", "file ends inside the header", size=len(data))
    (body_len,) = _BODY_LEN.unpack_from(data, body_at - _BODY_LEN.size)
    end = body_at + body_len + SIGNATURE_BYTES
    if len(data) < end:
        raise PackageRejected("truncated", "file ends before its signature", size=len(data))
    if len(data) > end:
        raise PackageRejected("trailing_data", "bytes after the signature", extra=len(data) - end)
    header = data[_PREFIX.size : _PREFIX.size + header_len]
    return data[:body_at], header, data[body_at : body_at + body_len], data[body_at + body_len :]


def read_envelope(
    data: bytes,
    *,
    lookup_sender_key: SenderLookup,
    limits: Limits = DEFAULT_LIMITS,
    allow_unregistered: bool = False,
) -> Envelope:
    """Steps size → framing → header → sender key lookup → outer signature.

    With ``allow_unregistered`` a directory or enrollment package from an unknown sender is
    verified with the key it carries and returned with ``sender_registered=False``; the caller
    must then have its fingerprint confirmed by a person before trusting it.
    """
    prefix, header_bytes, body, signature = _frame(data, limits)
    header = parse_header(header_bytes, limits)
    registered = lookup_sender_key(header.sender_unit, header.sender_key_id)
    if registered is None:
        if not (allow_unregistered and header.kind in SELF_CERTIFYING_KINDS):
            raise PackageRejected(
                "unknown_sender_key",
                "the sender's key is not registered",
                unit=header.sender_unit,
                key_id=header.sender_key_id,
                fingerprint=fingerprint(header.sender_key),
            )
    elif registered.signing != header.sender_key:
        raise PackageRejected(
            "sender_key_mismatch",
            "the header's key is not the registered key",
            unit=header.sender_unit,
        )
    if not ed25519_checks.verify(header.sender_key, signature, outer_message(prefix, body)):
        raise PackageRejected("bad_outer_signature", "the package signature does not verify")
    return Envelope(
        header=header,
        header_bytes=header_bytes,
        body=body,
        sha256=hashlib.sha256(data).hexdigest(),
        sender_registered=registered is not None,
    )


def decrypt_and_verify(
    envelope: Envelope,
    *,
    identity: Identity | None,
    my_unit_code: str | None,
    limits: Limits = DEFAULT_LIMITS,
) -> OpenedPackage:
    """Steps recipient check → age header scan → decrypt → inner signature → manifest equals
    header → file names, sizes and hashes. Directory packages need no identity."""
    header = envelope.header
    if header.encrypted:
        if identity is None:
            raise ExchangeError("no_identity", "an identity is needed to open this package")
        if header.recipient_unit != my_unit_code:
            raise PackageRejected(
                "not_for_us", "addressed to another unit", recipient=header.recipient_unit
            )
        if identity.public.encryption_key_id not in header.recipient_key_ids:
            raise PackageRejected("not_for_us", "not encrypted to this unit's key")
        age_body.scan_age_header(envelope.body, len(header.recipient_key_ids), limits)
        plain = age_body.decrypt_bounded(
            envelope.body, identity.age_identity, limits.max_plaintext_bytes
        )
    else:
        if len(envelope.body) > limits.max_plaintext_bytes:
            raise PackageRejected("too_large", "content over the limit")
        plain = envelope.body
    box = decode_container(
        plain, max_manifest_bytes=limits.max_manifest_bytes, max_files=limits.max_files
    )
    if not ed25519_checks.verify(
        header.sender_key, box.inner_signature, inner_message(box.manifest)
    ):
        raise PackageRejected("bad_inner_signature", "the inner signature does not verify")
    manifest = parse_manifest(box.manifest, header.kind, limits)
    if manifest.header != canonical_json.loads(envelope.header_bytes):
        raise PackageRejected("manifest_mismatch", "the signed contents disagree with the header")
    check_entry_names(header.kind, (name for name, _ in box.files), limits)
    listed = {entry.name: entry for entry in manifest.files}
    present = [name for name, _ in box.files]
    for name in present:
        if name not in listed:
            raise PackageRejected("extra_file", "a file is not in the manifest", name=name)
    for name in listed:
        if name not in present:
            raise PackageRejected("missing_file", "a file of the manifest is missing", name=name)
    if present != [entry.name for entry in manifest.files]:
        raise PackageRejected("manifest_mismatch", "files are not in manifest order")
    files: dict[str, bytes] = {}
    for name, data in box.files:
        entry = listed[name]
        if len(data) != entry.size or hashlib.sha256(data).hexdigest() != entry.sha256:
            raise PackageRejected("hash_mismatch", "a file differs from its manifest", name=name)
        files[name] = data
    return OpenedPackage(envelope, manifest, files)


def open_package(
    data: bytes,
    *,
    lookup_sender_key: SenderLookup,
    identity: Identity | None,
    my_unit_code: str | None,
    limits: Limits = DEFAULT_LIMITS,
    allow_unregistered: bool = False,
) -> OpenedPackage:
    """:func:`read_envelope` then :func:`decrypt_and_verify` (no ledger check in between)."""
    envelope = read_envelope(
        data,
        lookup_sender_key=lookup_sender_key,
        limits=limits,
        allow_unregistered=allow_unregistered,
    )
    return decrypt_and_verify(envelope, identity=identity, my_unit_code=my_unit_code, limits=limits)
