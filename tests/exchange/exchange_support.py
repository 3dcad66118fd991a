"""Real keys, a small registry and builders of hostile packages for the exchange tests."""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pytest

from dlxh_desktop.exchange import (
    Identity,
    PackageRejected,
    PublicKeys,
    ReportRef,
    age_body,
    build_package,
    canonical_json,
    open_package,
)
from dlxh_desktop.exchange.build import make_header, make_manifest
from dlxh_desktop.exchange.container import encode_container, sign_manifest
from dlxh_desktop.exchange.envelope import OpenedPackage, seal
from dlxh_desktop.exchange.header import PackageHeader
from dlxh_desktop.exchange.limits import DEFAULT_LIMITS, Limits

CHILD = "CDCS-01"
OTHER_CHILD = "CDCS-02"
PARENT = "LDLD-HN"
THIRD = "LDLD-HP"
WHEN = datetime(2026, 10, 5, 8, 0, tzinfo=UTC)
FILES = {"report.json": b'{"streams":[]}', "report.pdf": b"%PDF-1.7 fake", "report.docx": b"PK"}


@dataclass(frozen=True)
class Cast:
    """The identities of a small tree: two children, their parent, a third office, recovery."""

    child: Identity
    other_child: Identity
    parent: Identity
    third: Identity
    recovery: Identity

    def registry(self) -> dict[tuple[str, str], PublicKeys]:
        return {
            (CHILD, self.child.key_id): self.child.public,
            (OTHER_CHILD, self.other_child.key_id): self.other_child.public,
            (PARENT, self.parent.key_id): self.parent.public,
            (THIRD, self.third.key_id): self.third.public,
        }

    def lookup(self, unit: str, key_id: str) -> PublicKeys | None:
        return self.registry().get((unit, key_id))


@functools.cache
def cast() -> Cast:
    return Cast(*(Identity.generate() for _ in range(5)))


def report_package(files: dict[str, bytes] | None = None, **overrides: Any) -> bytes:
    """A valid report package from CHILD to PARENT (plus the recovery key)."""
    c = cast()
    args: dict[str, Any] = {
        "sender_unit": CHILD,
        "signer": c.child,
        "sequence": 7,
        "files": FILES if files is None else files,
        "recipient_unit": PARENT,
        "recipients": [c.parent.public.encryption, c.recovery.public.encryption],
        "report": ReportRef("monthly", "2026-10", 2),
        "created_at": WHEN,
    }
    args.update(overrides)
    return build_package("report", **args)


@functools.cache
def valid_package() -> bytes:
    return report_package()


def open_as_parent(data: bytes, limits: Limits = DEFAULT_LIMITS) -> OpenedPackage:
    c = cast()
    return open_package(
        data, lookup_sender_key=c.lookup, identity=c.parent, my_unit_code=PARENT, limits=limits
    )


def rejected(data: bytes, code: str, **kwargs: Any) -> PackageRejected:
    """Open as the parent and assert the rejection code."""
    with pytest.raises(PackageRejected) as info:
        open_as_parent(data, **kwargs)
    assert info.value.code == code, (info.value.code, info.value.message, info.value.details)
    return info.value


def header_for(**overrides: Any) -> PackageHeader:
    c = cast()
    args: dict[str, Any] = {
        "sender_unit": CHILD,
        "signer": c.child,
        "sequence": 7,
        "recipient_unit": PARENT,
        "recipients": [c.parent.public.encryption],
        "report": ReportRef("monthly", "2026-10", 2),
        "created_at": WHEN,
        "package_id": "0" * 31 + "1",
    }
    args.update(overrides)
    return make_header("report", **args)


def craft(
    *,
    header: PackageHeader | None = None,
    header_bytes: bytes | None = None,
    manifest: bytes | None = None,
    manifest_header: dict[str, Any] | None = None,
    inner_signature: bytes | None = None,
    inner_signer: Identity | None = None,
    files: Sequence[tuple[str, bytes]] | None = None,
    listed: Sequence[tuple[str, bytes]] | None = None,
    container: bytes | None = None,
    body: bytes | None = None,
    recipients: Sequence[str] | None = None,
    outer_signer: Identity | None = None,
) -> bytes:
    """Build a package piece by piece, each piece overridable, signed with real keys.

    ``files`` are the files in the container, ``listed`` those in the manifest (default: the
    same). Defaults give a valid package from CHILD to PARENT.
    """
    c = cast()
    header = header or header_for()
    files = list(FILES.items()) if files is None else list(files)
    listed = files if listed is None else list(listed)
    if manifest is None:
        m = make_manifest(header, listed)
        if manifest_header is not None:
            m = type(m)(manifest_header, m.files)
        manifest = m.to_bytes()
    if inner_signature is None:
        inner_signature = sign_manifest(manifest, inner_signer or c.child)
    if container is None:
        container = encode_container(manifest, inner_signature, files)
    if body is None:
        to = [c.parent.public.encryption] if recipients is None else list(recipients)
        body = age_body.encrypt(container, to)
    if header_bytes is None:
        header_bytes = canonical_json.dumps(header.to_json())
    return seal(header_bytes, body, outer_signer or c.child)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
