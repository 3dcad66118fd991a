"""Turning a stored report into its official document (DOCX or PDF)."""

from __future__ import annotations

from pathlib import Path

from dlxh_desktop.documents import Document, Format, build_document, render, write_document

from .app import Services


def _document(svc: Services, report_id: int) -> Document:
    r = svc.reports.get(report_id)
    letterhead = svc.settings.letterhead(r.unit_code)
    # A finalized report carries the date it was signed; a draft shows today.
    when = r.finalized_at.astimezone().date() if r.finalized_at else svc.clock.today()
    return build_document(r, letterhead, svc.settings.topics(), issue_date=when)


def render_report(svc: Services, report_id: int, fmt: Format) -> bytes:
    """The document bytes of a report in ``fmt`` ("docx" or "pdf")."""
    return render(_document(svc, report_id), fmt)


def write_report(svc: Services, report_id: int, fmt: Format, out: Path) -> Path:
    """Render a report to ``out`` atomically (no partial file on failure)."""
    return write_document(_document(svc, report_id), out, fmt)


def missing_letterhead_fields(svc: Services, report_id: int) -> list[str]:
    """Letterhead fields the document will show as placeholders."""
    r = svc.reports.get(report_id)
    return svc.settings.letterhead(r.unit_code).missing()
