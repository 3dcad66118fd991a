"""The reporting calendar: data windows and deadlines, set by the top unit.

Defaults follow the union letters: monthly report before the 20th, annual report before
2 December, data cut-off on the 15th (Decree 09/2019 by analogy). The annual window closes on
14 November so that the report can be written before its deadline. "Before the 20th" means the
last day on time is the 19th: a deadline here is the first day that is late.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from .errors import DomainError
from .periods import Period, PeriodKind


@dataclass(frozen=True)
class DataWindow:
    """Inclusive range of dates whose events belong to a period."""

    start: date
    end: date

    def __contains__(self, d: object) -> bool:
        return isinstance(d, date) and self.start <= d <= self.end


class DeadlineState(StrEnum):
    OPEN = "open"  # not due yet, more than a few days left
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    ON_TIME = "on_time"  # submitted before the deadline
    LATE = "late"  # submitted on or after the deadline


@dataclass(frozen=True)
class ReportingCalendar:
    """Configurable calendar. Days are days of month; (month, day) pairs for yearly dates."""

    cutoff_day: int = 15
    monthly_deadline_day: int = 20
    quarterly_deadline_day: int = 20
    half_year_deadline_day: int = 20
    annual_window_end: tuple[int, int] = (11, 14)
    annual_deadline: tuple[int, int] = (12, 2)
    quick_deadline_days: int = 1
    due_soon_days: int = 3

    def __post_init__(self) -> None:
        days = (
            self.cutoff_day,
            self.monthly_deadline_day,
            self.quarterly_deadline_day,
            self.half_year_deadline_day,
        )
        if not all(2 <= d <= 28 for d in days):
            raise DomainError("calendar_invalid", field="day")
        for m, d in (self.annual_window_end, self.annual_deadline):
            try:
                date(2001, m, d)
            except ValueError:
                raise DomainError("calendar_invalid", field="annual") from None

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["annual_window_end"] = list(self.annual_window_end)
        out["annual_deadline"] = list(self.annual_deadline)
        return out

    @staticmethod
    def from_dict(data: dict[str, Any]) -> ReportingCalendar:
        known = set(ReportingCalendar.__dataclass_fields__)
        kw: dict[str, Any] = {k: v for k, v in data.items() if k in known}
        for k in ("annual_window_end", "annual_deadline"):
            if k in kw:
                kw[k] = tuple(int(x) for x in kw[k])
        try:
            return ReportingCalendar(**kw)
        except TypeError:
            raise DomainError("calendar_invalid", field="type") from None

    def window(self, period: Period) -> DataWindow:
        """The data window of a period (which events a report on it should cover)."""
        c = self.cutoff_day
        y = period.year
        match period.kind:
            case PeriodKind.MONTH:
                return DataWindow(_month_day(y, period.index - 1, c), date(y, period.index, c - 1))
            case PeriodKind.QUARTER:
                last = 3 * period.index
                return DataWindow(_month_day(y, last - 3, c), date(y, last, c - 1))
            case PeriodKind.HALF_YEAR:
                last = 6 * period.index
                return DataWindow(_month_day(y, last - 6, c), date(y, last, c - 1))
            case PeriodKind.YEAR:
                m, d = self.annual_window_end
                return DataWindow(date(y - 1, m, d) + timedelta(days=1), date(y, m, d))
            case PeriodKind.DAY:
                return DataWindow(period.day, period.day)

    def deadline(self, period: Period) -> date:
        """First day on which a report for ``period`` counts as late."""
        y = period.year
        match period.kind:
            case PeriodKind.MONTH:
                return date(y, period.index, self.monthly_deadline_day)
            case PeriodKind.QUARTER:
                return date(y, 3 * period.index, self.quarterly_deadline_day)
            case PeriodKind.HALF_YEAR:
                return date(y, 6 * period.index, self.half_year_deadline_day)
            case PeriodKind.YEAR:
                m, d = self.annual_deadline
                return date(y, m, d)
            case PeriodKind.DAY:
                return period.day + timedelta(days=self.quick_deadline_days + 1)

    def state(self, period: Period, today: date, submitted_on: date | None = None) -> DeadlineState:
        """Where a report stands against its deadline, given today's date."""
        dl = self.deadline(period)
        if submitted_on is not None:
            return DeadlineState.ON_TIME if submitted_on < dl else DeadlineState.LATE
        if today >= dl:
            return DeadlineState.OVERDUE
        if (dl - today).days <= self.due_soon_days:
            return DeadlineState.DUE_SOON
        return DeadlineState.OPEN

    def days_left(self, period: Period, today: date) -> int:
        """Days until the last on-time day (0 = today is the last day; negative = overdue)."""
        return (self.deadline(period) - today).days - 1

    def current_month(self, today: date) -> Period:
        """The monthly period an officer is most likely writing for on ``today``."""
        p = Period.month(today.year, today.month)
        return p if today < self.deadline(p) else _next_month(p)


def _month_day(year: int, month: int, day: int) -> date:
    """Day ``day`` of ``month`` where month may be 0 (December of the previous year)."""
    if month <= 0:
        return date(year - 1, month + 12, day)
    return date(year, month, day)


def _next_month(p: Period) -> Period:
    return Period.month(p.year + 1, 1) if p.index == 12 else Period.month(p.year, p.index + 1)
