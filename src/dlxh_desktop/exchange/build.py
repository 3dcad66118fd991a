"""The sender side: turn files into a signed (and, except directories, encrypted) package."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

from dlxh_desktop.exchange import age_body, canonical_json
from dlxh_desktop.exchange.container import encode_container, sign_manifest
from dlxh_desktop.exchange.envelope import seal
from dlxh_desktop.exchange.errors import PackageRejected
from dlxh_desktop.exchange.header import (
    FileEntry,
    Manifest,
    PackageHeader,
    ReportRef,
    header_from_json,
)
from dlxh_desktop.exchange.keys import Identity, encryption_key_id
from dlxh_desktop.exchange.limits import DEFAULT_LIMITS, Limits, check_entry_names


def make_header(
    kind: str,
    *,
    sender_unit: str,
    signer: Identity,
    sequence: int,
    recipient_unit: str | None = None,
    recipients: Sequence[str] = (),
    report: ReportRef | None = None,
    created_at: datetime | None = None,
    package_id: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> PackageHeader:
    """A validated header; ``recipients`` are age recipient strings (parent first, then any
    recovery key). Raises PackageRejected ``header_invalid`` for bad fields."""
    header = PackageHeader(
        package_id=package_id or uuid.uuid4().hex,
        kind=kind,
        sender_unit=sender_unit,
        sender_key_id=signer.key_id,
        sender_key=signer.public.signing,
        recipient_unit=recipient_unit,
        recipient_key_ids=tuple(encryption_key_id(r) for r in recipients),
        sequence=sequence,
        created_at=(created_at or datetime.now(UTC)).replace(microsecond=0),
        report=report,
    )
    # Round-trip through the receiver's validation so the sender cannot build what it would
    # itself refuse.
    return header_from_json(header.to_json(), limits)


def make_manifest(header: PackageHeader, files: Sequence[tuple[str, bytes]]) -> Manifest:
    """The manifest of ``files`` under ``header`` (no validation)."""
    entries = tuple(FileEntry(n, len(d), hashlib.sha256(d).hexdigest()) for n, d in files)
    return Manifest(header.to_json(), entries)


def build_package(
    kind: str,
    *,
    sender_unit: str,
    signer: Identity,
    sequence: int,
    files: Mapping[str, bytes],
    recipient_unit: str | None = None,
    recipients: Sequence[str] = (),
    report: ReportRef | None = None,
    created_at: datetime | None = None,
    package_id: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> bytes:
    """A complete package (bytes) ready to write with :func:`write_atomically`.

    ``kind`` is directory | enrollment | report | receipt; directories take no recipients and
    are not encrypted, every other kind is encrypted to ``recipients`` (age ``age1…``
    strings) and addressed to ``recipient_unit``. Raises PackageRejected with the same codes
    the receiver would use (``bad_entry_name``, ``too_large``, ``header_invalid``…).
    """
    header = make_header(
        kind,
        sender_unit=sender_unit,
        signer=signer,
        sequence=sequence,
        recipient_unit=recipient_unit,
        recipients=recipients,
        report=report,
        created_at=created_at,
        package_id=package_id,
        limits=limits,
    )
    ordered = list(files.items())
    check_entry_names(kind, (name for name, _ in ordered), limits)
    manifest = make_manifest(header, ordered).to_bytes()
    if len(manifest) > limits.max_manifest_bytes:
        raise PackageRejected("too_large", "manifest larger than the limit")
    container = encode_container(manifest, sign_manifest(manifest, signer), ordered)
    if len(container) > limits.max_plaintext_bytes:
        raise PackageRejected("too_large", "content over the limit", size=len(container))
    body = age_body.encrypt(container, recipients) if header.encrypted else container
    data = seal(canonical_json.dumps(header.to_json()), body, signer)
    if len(data) > limits.max_package_bytes:
        raise PackageRejected("too_large", "package larger than the limit", size=len(data))
    return data
