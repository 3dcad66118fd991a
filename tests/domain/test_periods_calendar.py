from __future__ import annotations

from datetime import date

import pytest

from dlxh_desktop.domain import DeadlineState, DomainError, Period, PeriodKind, ReportingCalendar
from dlxh_desktop.domain.periods import month_period_of


@pytest.mark.parametrize(
    ("text", "kind", "label"),
    [
        ("2026-10", PeriodKind.MONTH, "tháng 10/2026"),
        ("2026-01", PeriodKind.MONTH, "tháng 01/2026"),
        ("2026-Q4", PeriodKind.QUARTER, "quý IV/2026"),
        ("2026-q1", PeriodKind.QUARTER, "quý I/2026"),
        ("2026-H1", PeriodKind.HALF_YEAR, "6 tháng đầu năm 2026"),
        ("2026", PeriodKind.YEAR, "năm 2026"),
        ("2026-10-05", PeriodKind.DAY, "ngày 05/10/2026"),
    ],
)
def test_parse_and_print_round_trip(text: str, kind: PeriodKind, label: str) -> None:
    p = Period.parse(text)
    assert p.kind is kind
    assert str(p) == text.upper()
    assert Period.parse(str(p)) == p
    assert p.label_vi() == label


@pytest.mark.parametrize(
    "text", ["", "2026-13", "2026-00", "2026-Q5", "2026-H3", "26-10", "2026-02-30", "1999", "x"]
)
def test_malformed_periods_are_refused(text: str) -> None:
    with pytest.raises(DomainError) as exc:
        Period.parse(text)
    assert exc.value.code == "period_invalid"


def test_previous_crosses_year_ends() -> None:
    assert Period.parse("2026-01").previous() == Period.parse("2025-12")
    assert Period.parse("2026-Q1").previous() == Period.parse("2025-Q4")
    assert Period.parse("2026-H1").previous() == Period.parse("2025-H2")
    assert Period.parse("2026-01-01").previous() == Period.parse("2025-12-31")


def test_monthly_window_runs_from_the_15th_to_the_14th_across_the_year_end() -> None:
    w = ReportingCalendar().window(Period.parse("2026-01"))
    assert (w.start, w.end) == (date(2025, 12, 15), date(2026, 1, 14))
    assert date(2025, 12, 31) in w
    assert date(2026, 1, 15) not in w


def test_quarter_half_and_year_windows() -> None:
    cal = ReportingCalendar()
    q1 = cal.window(Period.parse("2026-Q1"))
    assert (q1.start, q1.end) == (date(2025, 12, 15), date(2026, 3, 14))
    h1 = cal.window(Period.parse("2026-H1"))
    assert (h1.start, h1.end) == (date(2025, 12, 15), date(2026, 6, 14))
    h2 = cal.window(Period.parse("2026-H2"))
    assert (h2.start, h2.end) == (date(2026, 6, 15), date(2026, 12, 14))
    y = cal.window(Period.parse("2026"))
    # The union's annual window closes early enough to report before 2 December.
    assert (y.start, y.end) == (date(2025, 11, 15), date(2026, 11, 14))


def test_deadlines_follow_the_union_letters() -> None:
    cal = ReportingCalendar()
    assert cal.deadline(Period.parse("2026-10")) == date(2026, 10, 20)
    assert cal.deadline(Period.parse("2026")) == date(2026, 12, 2)
    assert cal.deadline(Period.parse("2026-10-05")) == date(2026, 10, 7)


def test_deadline_states_from_a_settable_clock() -> None:
    cal = ReportingCalendar()
    oct_ = Period.parse("2026-10")
    assert cal.state(oct_, date(2026, 10, 10)) is DeadlineState.OPEN
    assert cal.state(oct_, date(2026, 10, 17)) is DeadlineState.DUE_SOON
    assert cal.days_left(oct_, date(2026, 10, 19)) == 0  # the 19th is the last day
    assert cal.state(oct_, date(2026, 10, 20)) is DeadlineState.OVERDUE
    assert cal.days_left(oct_, date(2026, 10, 25)) == -6
    assert cal.state(oct_, date(2026, 11, 1), submitted_on=date(2026, 10, 19)) is (
        DeadlineState.ON_TIME
    )
    assert cal.state(oct_, date(2026, 11, 1), submitted_on=date(2026, 10, 20)) is (
        DeadlineState.LATE
    )


def test_calendar_is_configurable_and_round_trips() -> None:
    cal = ReportingCalendar(monthly_deadline_day=25, annual_deadline=(11, 30))
    again = ReportingCalendar.from_dict(cal.to_dict())
    assert again == cal
    assert again.deadline(Period.parse("2026-03")) == date(2026, 3, 25)
    with pytest.raises(DomainError):
        ReportingCalendar(monthly_deadline_day=31)
    with pytest.raises(DomainError):
        ReportingCalendar.from_dict({"annual_deadline": [2, 30]})


def test_current_month_moves_on_after_the_deadline() -> None:
    cal = ReportingCalendar()
    assert cal.current_month(date(2026, 10, 19)) == Period.parse("2026-10")
    assert cal.current_month(date(2026, 12, 25)) == Period.parse("2027-01")
    assert month_period_of(date(2026, 12, 20)) == Period.parse("2027-01")
    assert month_period_of(date(2026, 12, 14)) == Period.parse("2026-12")
