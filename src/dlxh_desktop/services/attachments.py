"""Files attached to a report (minutes of a dialogue, photos, a petition...).

Bytes live in the data folder under their SHA-256 (``attachments/ab/abcd….bin``), written
durably; the report's content lists them by name, hash and size, so the report JSON stays the
single description and packages carry the files beside it.
"""

from __future__ import annotations

import hashlib
import mimetypes
import unicodedata
from dataclasses import replace
from pathlib import Path

from dlxh_desktop.atomic_file import write_durably
from dlxh_desktop.domain import Attachment, Report
from dlxh_desktop.exchange import PackageRejected
from dlxh_desktop.exchange.limits import check_entry_name
from dlxh_desktop.paths import DataHome

from .app import Services
from .errors import ServiceError

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
MAX_TOTAL_BYTES = 30 * 1024 * 1024  # packages are capped at 48 MiB with the PDF and DOCX
MAX_ATTACHMENTS = 20
RESERVED = {"report.json", "report.pdf", "report.docx"}


def stored_path(home: DataHome, sha256: str) -> Path:
    return home.attachments / sha256[:2] / f"{sha256}.bin"


def store_bytes(home: DataHome, data: bytes) -> str:
    """Keep ``data`` under its hash (idempotent); returns the hash."""
    digest = hashlib.sha256(data).hexdigest()
    target = stored_path(home, digest)
    if not target.exists():
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_durably(target, data)
        except OSError as exc:
            raise ServiceError("attachment_unwritable", path=str(target)) from exc
    return digest


def read_bytes(home: DataHome, att: Attachment) -> bytes:
    """The stored bytes of an attachment, checked against its hash."""
    try:
        data = stored_path(home, att.sha256).read_bytes()
    except OSError:
        raise ServiceError("attachment_missing", name=att.name) from None
    if hashlib.sha256(data).hexdigest() != att.sha256:
        raise ServiceError("attachment_damaged", name=att.name)
    return data


def check_name(name: str) -> str:
    """The name as packages will carry it; refuses names a package could not hold."""
    name = unicodedata.normalize("NFC", name)
    if name.casefold() in RESERVED:
        raise ServiceError("attachment_name_invalid", name=name)
    try:
        check_entry_name("report", name)
    except PackageRejected:
        raise ServiceError("attachment_name_invalid", name=name) from None
    return name


def attach(svc: Services, report_id: int, source: Path, name: str | None = None) -> Report:
    """Attach the file ``source`` to a draft (as ``name``, default its file name)."""
    report = svc.reports.get(report_id)
    if not report.editable:
        raise ServiceError("report_frozen", report=report_id, status=report.status.value)
    final = check_name(name or source.name)
    current = report.content.attachments
    if any(a.name.casefold() == final.casefold() for a in current):
        raise ServiceError("attachment_exists", name=final)
    if len(current) >= MAX_ATTACHMENTS:
        raise ServiceError("attachments_too_many", limit=MAX_ATTACHMENTS)
    try:
        size = source.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise ServiceError("file_too_large", path=str(source), limit="10 MB")
        if size + sum(a.size for a in current) > MAX_TOTAL_BYTES:
            raise ServiceError("attachments_too_large", limit="30 MB")
        data = source.read_bytes()
    except OSError:
        raise ServiceError("file_unreadable", path=str(source)) from None
    digest = store_bytes(svc.home, data)
    kind = mimetypes.guess_type(final)[0] or "application/octet-stream"
    added = Attachment(final, digest, len(data), kind)
    content = replace(report.content, attachments=(*current, added))
    return svc.reports.save_content(report_id, content)


def detach(svc: Services, report_id: int, name: str) -> Report:
    """Remove an attachment from a draft (its stored bytes stay: other reports may share them)."""
    report = svc.reports.get(report_id)
    kept = tuple(a for a in report.content.attachments if a.name != name)
    if len(kept) == len(report.content.attachments):
        raise ServiceError("attachment_unknown", name=name, report=report_id)
    return svc.reports.save_content(report_id, replace(report.content, attachments=kept))


def find(report: Report, name: str) -> Attachment:
    for a in report.content.attachments:
        if a.name == name:
            return a
    raise ServiceError("attachment_unknown", name=name, report=report.id)
