"""The package header (in the clear, outer-signed) and the manifest (encrypted, inner-signed).

The manifest embeds the header object unchanged, so "manifest repeats every header field" is
one equality check, and lists every file with its name, size and SHA-256.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from dlxh_desktop.exchange import canonical_json
from dlxh_desktop.exchange.errors import ExchangeError, PackageRejected
from dlxh_desktop.exchange.keys import KEY_ID_RE, decode_b64, signing_key_id
from dlxh_desktop.exchange.limits import Limits, check_entry_names
from dlxh_desktop.exchange.timestamps import TIMESTAMP_RE, format_timestamp, parse_timestamp

KINDS = ("directory", "enrollment", "report", "receipt")
# Directories are public within the union and go to children that may not have keys yet.
UNENCRYPTED_KINDS = frozenset({"directory"})
_UNIT_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$")
_PACKAGE_ID_RE = re.compile(r"^[0-9a-f]{32}$")
_REPORT_KIND_RE = re.compile(r"^[a-z][a-z_]{0,31}$")
_PERIOD_RE = re.compile(r"^[0-9A-Za-z-]{1,16}$")
_SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
_HEADER_FIELDS = {
    "package_id", "kind", "sender", "recipient", "sequence", "created_at", "report", "encryption",
}  # fmt: skip


@dataclass(frozen=True)
class ReportRef:
    """Which report a report package carries: kind (monthly…), period and revision."""

    kind: str
    period: str
    revision: int


@dataclass(frozen=True)
class PackageHeader:
    """The verified clear-text header of a package."""

    package_id: str
    kind: str
    sender_unit: str
    sender_key_id: str
    sender_key: bytes
    recipient_unit: str | None
    recipient_key_ids: tuple[str, ...]
    sequence: int
    created_at: datetime
    report: ReportRef | None

    @property
    def encrypted(self) -> bool:
        """False only for directory packages (public data, signed but not encrypted)."""
        return self.kind not in UNENCRYPTED_KINDS

    def to_json(self) -> dict[str, Any]:
        """The header object exactly as it is written (canonical JSON) in the package."""
        return {
            "package_id": self.package_id,
            "kind": self.kind,
            "sender": {
                "unit": self.sender_unit,
                "key_id": self.sender_key_id,
                "key": base64.b64encode(self.sender_key).decode("ascii"),
            },
            "recipient": {"unit": self.recipient_unit, "key_ids": list(self.recipient_key_ids)},
            "sequence": self.sequence,
            "created_at": format_timestamp(self.created_at),
            "report": None
            if self.report is None
            else {
                "kind": self.report.kind,
                "period": self.report.period,
                "revision": self.report.revision,
            },
            "encryption": "age" if self.encrypted else "none",
        }


def _invalid(why: str) -> PackageRejected:
    return PackageRejected("header_invalid", f"package header is invalid: {why}")


def _obj(value: Any, fields: set[str], what: str) -> dict[str, Any]:
    if not isinstance(value, dict) or set(value) != fields:
        raise _invalid(f"{what} must have exactly the fields {sorted(fields)}")
    return value


def _str(value: Any, pattern: re.Pattern[str], what: str) -> str:
    if not isinstance(value, str) or not pattern.match(value):
        raise _invalid(f"bad {what}")
    return value


def _int(value: Any, low: int, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < low:
        raise _invalid(f"bad {what}")
    return value


def header_from_json(doc: Any, limits: Limits) -> PackageHeader:
    """Validate a parsed header object; raises PackageRejected ``header_invalid``."""
    doc = _obj(doc, _HEADER_FIELDS, "header")
    kind = doc["kind"]
    if kind not in KINDS:
        raise _invalid("unknown package kind")
    sender = _obj(doc["sender"], {"unit", "key_id", "key"}, "sender")
    if not isinstance(sender["key"], str):
        raise _invalid("bad sender key")
    try:
        sender_key = decode_b64(sender["key"], 32, "header_invalid")
    except ExchangeError as exc:
        raise _invalid("bad sender key") from exc
    key_id = _str(sender["key_id"], KEY_ID_RE, "sender key id")
    if signing_key_id(sender_key) != key_id:
        raise _invalid("sender key does not match its key id")
    recipient = _obj(doc["recipient"], {"unit", "key_ids"}, "recipient")
    key_ids = recipient["key_ids"]
    if not isinstance(key_ids, list) or len(key_ids) > limits.max_recipients:
        raise PackageRejected("too_many_recipients", "too many recipients in header")
    ids = tuple(_str(k, KEY_ID_RE, "recipient key id") for k in key_ids)
    if len(set(ids)) != len(ids):
        raise _invalid("repeated recipient key id")
    encrypted = kind not in UNENCRYPTED_KINDS
    unit = recipient["unit"]
    if encrypted:
        recipient_unit: str | None = _str(unit, _UNIT_RE, "recipient unit")
        if not ids:
            raise _invalid("an encrypted package needs recipients")
    elif unit is not None or ids:
        raise _invalid("a directory package is addressed to no one in particular")
    else:
        recipient_unit = None
    if doc["encryption"] != ("age" if encrypted else "none"):
        raise _invalid("wrong encryption for this kind")
    report_doc = doc["report"]
    report: ReportRef | None = None
    if kind == "report":
        r = _obj(report_doc, {"kind", "period", "revision"}, "report")
        report = ReportRef(
            _str(r["kind"], _REPORT_KIND_RE, "report kind"),
            _str(r["period"], _PERIOD_RE, "report period"),
            _int(r["revision"], 1, "report revision"),
        )
    elif report_doc is not None:
        raise _invalid("only report packages name a report")
    try:
        created_at = parse_timestamp(_str(doc["created_at"], TIMESTAMP_RE, "created_at"))
    except ValueError as exc:
        raise _invalid("bad created_at") from exc
    return PackageHeader(
        package_id=_str(doc["package_id"], _PACKAGE_ID_RE, "package id"),
        kind=kind,
        sender_unit=_str(sender["unit"], _UNIT_RE, "sender unit"),
        sender_key_id=key_id,
        sender_key=sender_key,
        recipient_unit=recipient_unit,
        recipient_key_ids=ids,
        sequence=_int(doc["sequence"], 1, "sequence"),
        created_at=created_at,
        report=report,
    )


def parse_header(data: bytes, limits: Limits) -> PackageHeader:
    """Parse header bytes (canonical JSON); PackageRejected ``header_json`` / ``header_invalid``."""
    try:
        doc = canonical_json.loads(
            data, max_bytes=limits.max_header_bytes, max_depth=limits.max_json_depth
        )
    except ExchangeError as exc:
        raise PackageRejected(
            "header_json", "package header is not canonical JSON", json=exc.code
        ) from exc
    return header_from_json(doc, limits)


@dataclass(frozen=True)
class FileEntry:
    """One file listed in a manifest."""

    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    """The inner, signed description of a package: its header and its files, in order."""

    header: dict[str, Any]
    files: tuple[FileEntry, ...]

    def to_bytes(self) -> bytes:
        """Canonical JSON bytes (what the inner signature covers)."""
        return canonical_json.dumps(
            {
                "header": self.header,
                "files": [{"name": f.name, "size": f.size, "sha256": f.sha256} for f in self.files],
            }
        )


def parse_manifest(data: bytes, kind: str, limits: Limits) -> Manifest:
    """Parse and validate manifest bytes; PackageRejected ``manifest_invalid`` and name codes."""
    try:
        doc = canonical_json.loads(
            data, max_bytes=limits.max_manifest_bytes, max_depth=limits.max_json_depth
        )
    except ExchangeError as exc:
        raise PackageRejected(
            "manifest_invalid", "manifest is not canonical JSON", json=exc.code
        ) from exc
    if not isinstance(doc, dict) or set(doc) != {"header", "files"}:
        raise PackageRejected("manifest_invalid", "manifest must have header and files")
    files = doc["files"]
    if not isinstance(files, list) or not isinstance(doc["header"], dict):
        raise PackageRejected("manifest_invalid", "manifest fields have the wrong types")
    if len(files) > limits.max_files:
        raise PackageRejected("too_many_files", "too many files", limit=limits.max_files)
    entries: list[FileEntry] = []
    for item in files:
        if not isinstance(item, dict) or set(item) != {"name", "size", "sha256"}:
            raise PackageRejected("manifest_invalid", "bad file entry in manifest")
        name, size, digest = item["name"], item["size"], item["sha256"]
        if not isinstance(name, str) or isinstance(size, bool) or not isinstance(size, int):
            raise PackageRejected("manifest_invalid", "bad file entry in manifest")
        if size < 0 or not isinstance(digest, str) or not _SHA256_RE.match(digest):
            raise PackageRejected("manifest_invalid", "bad file entry in manifest")
        entries.append(FileEntry(name, size, digest))
    check_entry_names(kind, (e.name for e in entries), limits)
    if sum(e.size for e in entries) > limits.max_plaintext_bytes:
        raise PackageRejected("too_large", "files larger than the limit")
    return Manifest(doc["header"], tuple(entries))
