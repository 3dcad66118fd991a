"""Sending: the common path of every outgoing package, and ``package export`` of a report.

Order (PACKAGE-DESIGN.md "Sender side"): load the identity (a missing passphrase stops here,
nothing changed) → commit the sequence number → build → temp file, fsync, rename → read back and
verify → record the sent package (and mark the report sent).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from dlxh_desktop.domain import ReportStatus
from dlxh_desktop.domain.report_json import report_to_json
from dlxh_desktop.exchange import PackageRejected, ReportRef, build_package
from dlxh_desktop.storage import exchange_repo, reports_repo

from .errors import ServiceError
from .exchange_context import ExchangeContext, sha256_hex


@dataclass(frozen=True)
class SentPackage:
    path: Path
    package_id: str
    sequence: int
    sha256: str
    recipient_unit: str | None
    size: int


def recipients_for(ctx: ExchangeContext, unit: str) -> list[str]:
    """Age recipients of a package to ``unit``: its active key, then the recovery key when our
    directory chain names one (only for packages going up to the parent)."""
    out = [ctx.active_key(unit).encryption_key]
    link = ctx.parent()
    recovery = link.recovery_key if link is not None and link.parent_code == unit else None
    if recovery and recovery not in out:
        out.append(recovery)
    return out


def send(
    ctx: ExchangeContext,
    kind: str,
    out: Path,
    files: Mapping[str, bytes],
    *,
    recipient_unit: str | None = None,
    recipients: Sequence[str] = (),
    report: ReportRef | None = None,
    report_id: int | None = None,
) -> SentPackage:
    """Sign (and encrypt), write durably and record one package."""
    signer = ctx.identity()  # first: no passphrase → nothing changed, no sequence used
    code = ctx.own_code()
    if out.is_dir():
        raise ServiceError("output_is_folder", path=str(out))
    sequence = ctx.allocate_sequence()  # committed before the file exists
    now = ctx.clock.now()
    package_id = uuid.uuid4().hex
    try:
        data = build_package(
            kind,
            sender_unit=code,
            signer=signer,
            sequence=sequence,
            files=files,
            recipient_unit=recipient_unit,
            recipients=recipients,
            report=report,
            created_at=now,
            package_id=package_id,
        )
    except PackageRejected as exc:
        raise ServiceError("package_too_large" if exc.code == "too_large" else exc.code) from exc
    ctx.write_package(out, data)
    digest = sha256_hex(data)
    with ctx.sessions.write() as s:
        exchange_repo.add_sent(
            s,
            package_id=package_id,
            kind=kind,
            sequence=sequence,
            recipient_unit=recipient_unit,
            report_id=report_id,
            sha256=digest,
            created_at=now,
        )
        if report_id is not None:
            r = reports_repo.get(s, report_id)
            if r is not None and r.status is ReportStatus.FINALIZED:
                reports_repo.update(s, replace(r, status=ReportStatus.SENT, sent_at=now))
    return SentPackage(out, package_id, sequence, digest, recipient_unit, len(data))


def report_files(ctx: ExchangeContext, report_id: int) -> dict[str, bytes]:
    """report.json, report.pdf, report.docx and the attached files of a stored report."""
    from . import attachments
    from .rendering import render_report

    r = ctx.svc.reports.get(report_id)
    doc = json.dumps(report_to_json(r), ensure_ascii=False, sort_keys=True).encode("utf-8")
    files = {
        "report.json": doc,
        "report.pdf": render_report(ctx.svc, report_id, "pdf"),
        "report.docx": render_report(ctx.svc, report_id, "docx"),
    }
    for att in r.content.attachments:
        files[att.name] = attachments.read_bytes(ctx.home, att)
    return files


def export_report(ctx: ExchangeContext, report_id: int, out: Path) -> SentPackage:
    """``package export ID --out FILE``: a finalized report to the parent; it becomes sent."""
    r = ctx.svc.reports.get(report_id)
    if r.unit_code != ctx.own_code():
        raise ServiceError("report_not_ours", report=report_id, unit=r.unit_code)
    if r.status is ReportStatus.DRAFT:
        raise ServiceError("report_not_finalized", report=report_id)
    if r.status is ReportStatus.SUPERSEDED:
        raise ServiceError("report_superseded", report=report_id)
    parent = ctx.require_parent().parent_code
    recipients = recipients_for(ctx, parent)
    files = report_files(ctx, report_id)
    return send(
        ctx,
        "report",
        out,
        files,
        recipient_unit=parent,
        recipients=recipients,
        report=ReportRef(r.kind.value, str(r.period), r.revision),
        report_id=report_id,
    )
