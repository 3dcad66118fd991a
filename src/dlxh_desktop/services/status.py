"""``status``: who reported for a period — on time, late, missing — per child unit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dlxh_desktop.domain import Period, PeriodKind, ReportKind, ReportStatus
from dlxh_desktop.storage import reports_repo

from .app import Services

_KIND_FOR = {PeriodKind.MONTH: ReportKind.MONTHLY, PeriodKind.YEAR: ReportKind.ANNUAL}


@dataclass(frozen=True)
class UnitStatus:
    code: str
    name: str
    state: str  # on_time | late | missing_open | missing_due_soon | missing_overdue
    report_id: int | None
    revision: int | None
    sent_on: date | None


@dataclass(frozen=True)
class PeriodStatus:
    period: Period
    kind: ReportKind | None
    deadline: date
    units: list[UnitStatus]

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for u in self.units:
            key = "missing" if u.state.startswith("missing") else u.state
            out[key] = out.get(key, 0) + 1
        return out


def period_status(svc: Services, period: Period | None = None) -> PeriodStatus:
    """The completeness of ``period`` (default: the month being reported now)."""
    own = svc.settings.require_own_unit()
    cal = svc.settings.calendar()
    today = svc.clock.today()
    period = period or Period.month(today.year, today.month)
    kind = _KIND_FOR.get(period.kind)
    children = [u for u in svc.units.tree().children(own) if u.active]
    deadline = cal.deadline(period)
    rows: list[UnitStatus] = []
    with svc.db.sessions.read() as s:
        for u in children:
            items = [
                it
                for it in reports_repo.summaries(s, unit_code=u.code, period=str(period), kind=kind)
                if it.origin == "imported" and it.status is not ReportStatus.DRAFT
            ]
            if not items:
                state = cal.state(period, today, None).value
                rows.append(UnitStatus(u.code, u.name, f"missing_{state}", None, None, None))
                continue
            stamps = [it.sent_at or it.created_at for it in items]
            sent_on = min(st for st in stamps if st).astimezone().date() if any(stamps) else None
            latest = max(items, key=lambda it: it.revision)
            state = cal.state(period, today, sent_on or today).value
            rows.append(UnitStatus(u.code, u.name, state, latest.id, latest.revision, sent_on))
    return PeriodStatus(period, kind, deadline, rows)
