"""Reports: every revision is a row; content is the report JSON of the domain codec."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from dlxh_desktop.domain import (
    Period,
    Report,
    ReportContent,
    ReportKind,
    ReportStatus,
    ReportSummary,
    codec,
)

from .models import DocNumberRow, ReportRow

_SUMMARY_COLS = (
    ReportRow.id,
    ReportRow.uid,
    ReportRow.unit_code,
    ReportRow.kind,
    ReportRow.period,
    ReportRow.revision,
    ReportRow.status,
    ReportRow.number,
    ReportRow.title,
    ReportRow.created_at,
    ReportRow.updated_at,
    ReportRow.finalized_at,
    ReportRow.sent_at,
    ReportRow.acknowledged_at,
    ReportRow.origin,
)


def _content_json(c: ReportContent) -> str:
    return json.dumps(codec.encode(c), ensure_ascii=False, separators=(",", ":"))


def _to_domain(r: ReportRow) -> Report:
    content: ReportContent = codec.decode(ReportContent, json.loads(r.content))
    return Report(
        id=r.id,
        uid=r.uid,
        unit_code=r.unit_code,
        kind=ReportKind(r.kind),
        period=Period.parse(r.period),
        revision=r.revision,
        status=ReportStatus(r.status),
        content=content,
        number=r.number,
        created_at=r.created_at,
        updated_at=r.updated_at,
        finalized_at=r.finalized_at,
        sent_at=r.sent_at,
        acknowledged_at=r.acknowledged_at,
    )


def _summary(row: Any) -> ReportSummary:
    return ReportSummary(
        id=row.id,
        uid=row.uid,
        unit_code=row.unit_code,
        kind=ReportKind(row.kind),
        period=Period.parse(row.period),
        revision=row.revision,
        status=ReportStatus(row.status),
        number=row.number,
        title=row.title,
        created_at=row.created_at,
        updated_at=row.updated_at,
        finalized_at=row.finalized_at,
        sent_at=row.sent_at,
        acknowledged_at=row.acknowledged_at,
        origin=row.origin,
    )


def _row_values(r: Report, origin: str) -> dict[str, Any]:
    return {
        "uid": r.uid,
        "unit_code": r.unit_code,
        "kind": r.kind.value,
        "period": str(r.period),
        "revision": r.revision,
        "status": r.status.value,
        "number": r.number,
        "title": r.content.title[:500],
        "content": _content_json(r.content),
        "origin": origin,
        "created_at": r.created_at,
        "updated_at": r.updated_at,
        "finalized_at": r.finalized_at,
        "sent_at": r.sent_at,
        "acknowledged_at": r.acknowledged_at,
    }


def row_values(r: Report, origin: str) -> dict[str, Any]:
    """Column values of a report revision (for bulk and single-statement inserts)."""
    return _row_values(r, origin)


def get(s: Session, report_id: int) -> Report | None:
    row = s.get(ReportRow, report_id)
    return _to_domain(row) if row else None


def get_revision(s: Session, uid: str, revision: int) -> Report | None:
    row = s.scalar(select(ReportRow).where(ReportRow.uid == uid, ReportRow.revision == revision))
    return _to_domain(row) if row else None


def latest_revision(s: Session, uid: str) -> int:
    """Highest revision stored for ``uid`` (0 if none)."""
    revs = s.scalars(select(ReportRow.revision).where(ReportRow.uid == uid)).all()
    return max(revs, default=0)


def add(s: Session, r: Report, origin: str = "local") -> Report:
    """Insert a revision; returns it with its id."""
    row = ReportRow(**_row_values(r, origin))
    s.add(row)
    s.flush()
    return _to_domain(row)


def add_many(s: Session, reports: Iterable[Report], origin: str = "local") -> int:
    """Bulk insert (demo, benchmarks): one executemany, no ORM objects."""
    rows = [_row_values(r, origin) for r in reports]
    if rows:
        s.execute(insert(ReportRow), rows)
    return len(rows)


def update(s: Session, r: Report) -> Report:
    """Store a changed revision (content of a draft, or a status change)."""
    assert r.id is not None
    row = s.get(ReportRow, r.id)
    if row is None:
        raise LookupError(r.id)
    for k, v in _row_values(r, row.origin).items():
        setattr(row, k, v)
    s.flush()
    return _to_domain(row)


def summaries(
    s: Session,
    *,
    unit_code: str | None = None,
    period: str | None = None,
    kind: ReportKind | None = None,
    include_superseded: bool = True,
) -> list[ReportSummary]:
    """Report headers, newest period first."""
    q = select(*_SUMMARY_COLS)
    if unit_code is not None:
        q = q.where(ReportRow.unit_code == unit_code)
    if period is not None:
        q = q.where(ReportRow.period == period)
    if kind is not None:
        q = q.where(ReportRow.kind == kind.value)
    if not include_superseded:
        q = q.where(ReportRow.status != ReportStatus.SUPERSEDED.value)
    q = q.order_by(ReportRow.period.desc(), ReportRow.unit_code, ReportRow.revision.desc())
    return [_summary(row) for row in s.execute(q)]


def next_number(s: Session, unit_code: str, year: int, doc_type: str = "BC") -> int:
    """Allocate the next document number for the unit, year and type."""
    row = s.get(DocNumberRow, (unit_code, year, doc_type))
    if row is None:
        row = DocNumberRow(unit_code=unit_code, year=year, doc_type=doc_type, last=0)
        s.add(row)
    row.last += 1
    s.flush()
    return row.last


def raise_number_floor(s: Session, unit_code: str, year: int, doc_type: str, used: int) -> None:
    """Make sure the next allocated number is above ``used`` (numbers written elsewhere)."""
    row = s.get(DocNumberRow, (unit_code, year, doc_type))
    if row is None:
        s.add(DocNumberRow(unit_code=unit_code, year=year, doc_type=doc_type, last=used))
    elif row.last < used:
        row.last = used
    s.flush()


def for_units_in_period(
    s: Session, unit_codes: Iterable[str], period: str, quick_from: str, quick_to: str
) -> list[Report]:
    """Every revision of the units' reports on ``period``, and their quick reports dated
    ``quick_from``..``quick_to`` (ISO dates sort as text)."""
    codes = list(unit_codes)
    if not codes:
        return []
    q = select(ReportRow).where(
        ReportRow.unit_code.in_(codes),
        (ReportRow.period == period)
        | (
            (ReportRow.kind == ReportKind.QUICK.value)
            & (ReportRow.period >= quick_from)
            & (ReportRow.period <= quick_to)
        ),
    )
    return [_to_domain(r) for r in s.scalars(q)]
