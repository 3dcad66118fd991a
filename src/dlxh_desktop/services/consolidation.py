"""The parent's consolidated report for a period: gather, aggregate, write DOCX/PDF/XLSX."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dlxh_desktop.domain import DeadlineState, Period, Report, ReportKind
from dlxh_desktop.domain.aggregation import Consolidated, consolidate, latest_revisions
from dlxh_desktop.storage import reports_repo

from .app import Services
from .consolidation_document import consolidated_document
from .consolidation_xlsx import consolidated_workbook
from .errors import ServiceError


@dataclass(frozen=True)
class Consolidation:
    period: Period
    data: Consolidated
    on_time: dict[str, DeadlineState]  # unit code → on time / late (units that reported)
    names: dict[str, str]  # unit code → name


def gather(svc: Services, period: Period) -> Consolidation:
    """Latest revisions of the direct children's reports for ``period`` (plus their quick
    reports dated inside its data window), aggregated."""
    own = svc.settings.require_own_unit()
    tree = svc.units.tree()
    children = [u for u in tree.children(own) if u.active]
    if not children:
        raise ServiceError("no_child_units", unit=own)
    cal = svc.settings.calendar()
    window = cal.window(period)
    with svc.db.sessions.read() as s:
        reports = reports_repo.for_units_in_period(
            s,
            [u.code for u in children],
            str(period),
            window.start.isoformat(),
            window.end.isoformat(),
        )
    data = consolidate(reports, children)
    on_time: dict[str, DeadlineState] = {}
    for r in _periodic(reports):
        sent = r.sent_at or r.finalized_at
        if sent is not None:
            state = cal.state(period, svc.clock.today(), sent.astimezone().date())
            if on_time.get(r.unit_code) is not DeadlineState.ON_TIME:
                on_time[r.unit_code] = state
    names = {u.code: u.name for u in tree}
    return Consolidation(period, data, on_time, names)


def _periodic(reports: list[Report]) -> list[Report]:
    return [r for r in latest_revisions(reports) if r.kind is not ReportKind.QUICK]


def write_consolidated(svc: Services, period: Period, fmt: str, out: Path) -> Consolidation:
    """Write the consolidated report as ``docx``, ``pdf`` or ``xlsx`` (atomically); returns
    what it consolidated."""
    from dlxh_desktop.atomic_file import write_atomic
    from dlxh_desktop.documents import write_document

    c = gather(svc, period)
    if fmt == "xlsx":
        write_atomic(out, consolidated_workbook(c, svc.settings.topics()))
        return c
    if fmt not in ("docx", "pdf"):
        raise ServiceError("format_unsupported", format=fmt)
    doc = consolidated_document(
        c, svc.settings.letterhead(), svc.settings.topics(), svc.clock.today()
    )
    write_document(doc, out, "docx" if fmt == "docx" else "pdf")
    return c
