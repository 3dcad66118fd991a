"""Reporting periods: parsing, data windows (cut-off 15th → 14th) and text forms.

Written forms (contract): ``2026-10`` month, ``2026-Q4`` quarter, ``2026-H1`` half-year,
``2026`` year, ``2026-10-05`` a single day (quick and ad-hoc reports carry the incident's date).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from .errors import DomainError


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    YEAR = "year"
    DAY = "day"  # ad hoc: quick reports, thematic reports on a date


_PATTERNS: list[tuple[PeriodKind, re.Pattern[str]]] = [
    (PeriodKind.DAY, re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")),
    (PeriodKind.MONTH, re.compile(r"^(\d{4})-(\d{2})$")),
    (PeriodKind.QUARTER, re.compile(r"^(\d{4})-Q([1-4])$")),
    (PeriodKind.HALF_YEAR, re.compile(r"^(\d{4})-H([12])$")),
    (PeriodKind.YEAR, re.compile(r"^(\d{4})$")),
]

MIN_YEAR, MAX_YEAR = 2000, 2100


@dataclass(frozen=True, order=True)
class Period:
    """A reporting period. ``index`` is the month (1–12), quarter (1–4), half (1–2),
    0 for a year; for a day it is the ordinal day of the year."""

    kind: PeriodKind
    year: int
    index: int = 0

    @staticmethod
    def parse(text: str) -> Period:
        """Parse the written form; raise ``DomainError('period_invalid')`` otherwise."""
        t = text.strip().upper()
        for kind, rx in _PATTERNS:
            m = rx.match(t)
            if not m:
                continue
            year = int(m.group(1))
            if not MIN_YEAR <= year <= MAX_YEAR:
                break
            if kind is PeriodKind.DAY:
                try:
                    d = date(year, int(m.group(2)), int(m.group(3)))
                except ValueError:
                    break
                return Period.of_day(d)
            idx = int(m.group(2)) if kind is not PeriodKind.YEAR else 0
            if kind is PeriodKind.MONTH and not 1 <= idx <= 12:
                break
            return Period(kind, year, idx)
        raise DomainError("period_invalid", period=text)

    @staticmethod
    def month(year: int, month: int) -> Period:
        return Period(PeriodKind.MONTH, year, month)

    @staticmethod
    def of_day(d: date) -> Period:
        return Period(PeriodKind.DAY, d.year, d.timetuple().tm_yday)

    @property
    def day(self) -> date:
        """The date of a DAY period."""
        if self.kind is not PeriodKind.DAY:
            raise DomainError("period_not_a_day", period=str(self))
        return date(self.year, 1, 1) + timedelta(days=self.index - 1)

    def __str__(self) -> str:
        match self.kind:
            case PeriodKind.MONTH:
                return f"{self.year:04d}-{self.index:02d}"
            case PeriodKind.QUARTER:
                return f"{self.year:04d}-Q{self.index}"
            case PeriodKind.HALF_YEAR:
                return f"{self.year:04d}-H{self.index}"
            case PeriodKind.YEAR:
                return f"{self.year:04d}"
            case PeriodKind.DAY:
                return self.day.isoformat()

    def label_vi(self) -> str:
        """Vietnamese label used in document subjects: 'tháng 10/2026', 'quý IV/2026'..."""
        roman = {1: "I", 2: "II", 3: "III", 4: "IV"}
        match self.kind:
            case PeriodKind.MONTH:
                return f"tháng {self.index:02d}/{self.year}"
            case PeriodKind.QUARTER:
                return f"quý {roman[self.index]}/{self.year}"
            case PeriodKind.HALF_YEAR:
                return f"{'6 tháng đầu' if self.index == 1 else '6 tháng cuối'} năm {self.year}"
            case PeriodKind.YEAR:
                return f"năm {self.year}"
            case PeriodKind.DAY:
                return f"ngày {self.day.strftime('%d/%m/%Y')}"

    def previous(self) -> Period:
        match self.kind:
            case PeriodKind.MONTH:
                y, m = (self.year - 1, 12) if self.index == 1 else (self.year, self.index - 1)
                return Period(self.kind, y, m)
            case PeriodKind.QUARTER:
                q = self.index - 1 or 4
                return Period(self.kind, self.year - (self.index == 1), q)
            case PeriodKind.HALF_YEAR:
                h = self.index - 1 or 2
                return Period(self.kind, self.year - (self.index == 1), h)
            case PeriodKind.YEAR:
                return Period(self.kind, self.year - 1)
            case PeriodKind.DAY:
                return Period.of_day(self.day - timedelta(days=1))

    def months(self) -> list[tuple[int, int]]:
        """(year, month) pairs covered by the period, for consolidation."""
        match self.kind:
            case PeriodKind.MONTH:
                return [(self.year, self.index)]
            case PeriodKind.QUARTER:
                return [(self.year, m) for m in range(3 * self.index - 2, 3 * self.index + 1)]
            case PeriodKind.HALF_YEAR:
                return [(self.year, m) for m in range(6 * self.index - 5, 6 * self.index + 1)]
            case PeriodKind.YEAR:
                return [(self.year, m) for m in range(1, 13)]
            case PeriodKind.DAY:
                return [(self.year, self.day.month)]


def month_period_of(d: date, cutoff_day: int = 15) -> Period:
    """The monthly period whose data window contains ``d`` (15/9 → 14/10 is October)."""
    if d.day >= cutoff_day:
        y, m = (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)
        return Period.month(y, m)
    return Period.month(d.year, d.month)
