"""The demo province: shape of the tree, realism of the reports, determinism and speed."""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from datetime import time as dtime

import pytest

from dlxh_desktop.domain.calendar import ReportingCalendar
from dlxh_desktop.domain.periods import Period, PeriodKind
from dlxh_desktop.domain.reports import ReportKind, ReportStatus
from dlxh_desktop.domain.topics import TopicCatalogue
from dlxh_desktop.domain.units import UnitKind, UnitTree
from dlxh_desktop.domain.validation import Severity, validate_report
from dlxh_desktop.resources import resource_path
from dlxh_desktop.services.demo_content import DemoReport, DemoTree, demo_reports, demo_tree

TODAY = date(2026, 7, 10)  # the July period is open; June's deadline (20/6) has passed
CAL = ReportingCalendar()
NUMBER_RE = re.compile(r"^\d{2,}/BC-[A-ZĐ]+$")


@pytest.fixture(scope="module")
def tree() -> DemoTree:
    return demo_tree()


@pytest.fixture(scope="module")
def reports(tree: DemoTree) -> list[DemoReport]:
    return list(demo_reports(tree, months=12, today=TODAY))


@pytest.fixture(scope="module")
def topics() -> TopicCatalogue:
    records = json.loads(resource_path("topics", "topics.json").read_text(encoding="utf-8"))
    return TopicCatalogue.from_records(records)


def _past_periods(n: int) -> list[Period]:
    p = Period.month(2026, 6)
    out = [p]
    for _ in range(n - 1):
        out.append(out[-1].previous())
    return out[::-1]


# ---- the tree ---------------------------------------------------------------------------


def test_default_tree_shape(tree: DemoTree) -> None:
    assert tree.province.kind is UnitKind.PROVINCE
    assert tree.province.name == "Liên đoàn Lao động tỉnh Ninh Bình"
    assert len(tree.units) == 48
    kinds = Counter(u.kind for u in tree.units)
    intermediate = len(tree.units) - kinds[UnitKind.GRASSROOTS]
    assert 6 <= intermediate <= 10
    assert kinds[UnitKind.GRASSROOTS] >= 38
    seen = {tree.province.code}
    for u in tree.units:  # parents before children
        assert u.parent_code in seen
        seen.add(u.code)
    direct = [u for u in tree.units if u.kind is UnitKind.GRASSROOTS and u.parent_code == "NB"]
    assert direct, "some grassroots unions are directly under the province (trực thuộc)"
    UnitTree([tree.province, *tree.units])  # unique codes, no cycle


def test_letterheads_complete(tree: DemoTree) -> None:
    codes = {tree.province.code, *(u.code for u in tree.units)}
    assert set(tree.letterheads) == codes
    for code, lh in tree.letterheads.items():
        assert lh.missing() == [], code
        assert lh.issuing_body == lh.issuing_body.upper()
    assert tree.letterheads["NB"].symbol == "LĐLĐ"


def test_names_look_real(tree: DemoTree) -> None:
    names = [u.name for u in tree.units if u.kind is UnitKind.GRASSROOTS]
    assert all(n.startswith("Công đoàn cơ sở ") for n in names)
    text = " ".join(names)
    assert "Công ty TNHH" in text
    assert any(w in text for w in ("Trường", "Bệnh viện", "Trung tâm Y tế", "Sở ", "Hợp tác xã"))


@pytest.mark.parametrize("n", [7, 120, 500])
def test_tree_scales_with_unique_codes_and_names(n: int) -> None:
    t = demo_tree(n, seed=5)
    assert len(t.units) == n
    assert len({u.code for u in t.units}) == n
    assert len({u.name for u in t.units}) == n
    assert all(re.fullmatch(r"[A-Z0-9-]{2,20}", u.code) for u in t.units)


def test_tree_too_small_is_refused() -> None:
    with pytest.raises(ValueError):
        demo_tree(6)


# ---- the reports ------------------------------------------------------------------------


def test_deterministic(tree: DemoTree, reports: list[DemoReport]) -> None:
    assert demo_tree() == tree
    again = list(demo_reports(demo_tree(), months=12, today=TODAY))
    assert again == reports
    other = list(demo_reports(tree, months=12, today=TODAY, seed=7))
    assert other != reports


def test_monthly_coverage_missing_and_late(tree: DemoTree, reports: list[DemoReport]) -> None:
    n_units = len(tree.units) + 1  # the province reports too
    periods = _past_periods(12)
    latest = [d.report for d in reports if not d.superseded_by_next]
    monthly = [r for r in latest if r.kind is ReportKind.MONTHLY]
    submitted = [r for r in monthly if r.period in periods and r.status is not ReportStatus.DRAFT]
    per_period = Counter(r.period for r in submitted)
    assert set(per_period) == set(periods)
    assert all(c <= n_units for c in per_period.values())
    missing = 1 - len(submitted) / (n_units * len(periods))
    assert 0.02 <= missing <= 0.12, missing
    late = [r for r in submitted if r.sent_at and r.sent_at.date() >= CAL.deadline(r.period)]
    assert 0.05 <= len(late) / len(submitted) <= 0.22
    # one report per unit and period (amendments share the uid)
    assert len({(r.unit_code, r.period) for r in monthly}) == len(monthly)


def test_current_period_is_partly_drafts(tree: DemoTree, reports: list[DemoReport]) -> None:
    current = [d.report for d in reports if d.report.period == Period.month(2026, 7)]
    assert current
    assert all(r.kind is ReportKind.MONTHLY for r in current)
    drafts = [r for r in current if r.status is ReportStatus.DRAFT]
    assert 0 < len(drafts) < len(tree.units) + 1
    assert all(r.number == "" and r.finalized_at is None for r in drafts)


def test_amendments(reports: list[DemoReport]) -> None:
    flagged = [i for i, d in enumerate(reports) if d.superseded_by_next]
    assert flagged
    for i in flagged:
        old, new = reports[i].report, reports[i + 1].report
        assert old.status is ReportStatus.SUPERSEDED and old.sent_at is not None
        assert new.uid == old.uid and new.revision == old.revision + 1
        assert new.status is ReportStatus.SENT
        assert new.finalized_at is not None and new.finalized_at > old.sent_at
        assert new.number != old.number
    assert len({(d.report.uid, d.report.revision) for d in reports}) == len(reports)


def test_timestamps_and_numbers(reports: list[DemoReport]) -> None:
    now = datetime.combine(TODAY, dtime(0), timezone(timedelta(hours=7)))
    numbers: Counter[tuple[str, int, str]] = Counter()
    for d in reports:
        r = d.report
        stamps = [r.created_at, r.updated_at, r.finalized_at, r.sent_at, r.acknowledged_at]
        present = [s for s in stamps if s is not None]
        assert all(s.tzinfo is not None and s < now for s in present), r
        assert r.created_at is not None and r.updated_at is not None
        assert r.created_at <= r.updated_at
        if r.status is ReportStatus.DRAFT:
            assert r.finalized_at is None and r.sent_at is None and not r.number
            continue
        assert r.finalized_at is not None and r.updated_at <= r.finalized_at
        assert NUMBER_RE.match(r.number), r.number
        numbers[(r.unit_code, r.finalized_at.year, r.number)] += 1
        if r.sent_at is not None:
            assert r.finalized_at <= r.sent_at
        if r.status is ReportStatus.ACKNOWLEDGED:
            assert r.sent_at is not None and r.acknowledged_at is not None
            assert r.sent_at <= r.acknowledged_at
    assert max(numbers.values()) == 1  # a number is never reused by a unit in a year
    assert any(d.report.acknowledged_at for d in reports)


def test_every_finished_report_validates(reports: list[DemoReport], topics: TopicCatalogue) -> None:
    checked = 0
    for d in reports:
        r = d.report
        if r.status is ReportStatus.DRAFT:
            continue
        findings = validate_report(r, CAL, topics)
        assert [f for f in findings if f.severity is Severity.ERROR] == [], (r.uid, findings)
        assert not [f for f in findings if f.code == "date_outside_period"], r
        checked += 1
    assert checked > 500


def test_report_kinds(tree: DemoTree, reports: list[DemoReport]) -> None:
    kinds = Counter(d.report.kind for d in reports)
    assert kinds[ReportKind.QUICK] >= 5
    assert kinds[ReportKind.THEMATIC] >= 5
    annual = [d.report for d in reports if d.report.kind is ReportKind.ANNUAL]
    assert {r.period for r in annual} == {Period(PeriodKind.YEAR, 2025)}
    assert len({r.unit_code for r in annual}) > 0.85 * (len(tree.units) + 1)
    for d in reports:
        r = d.report
        if r.kind is ReportKind.QUICK:
            inc = r.content.incidents[0]
            assert r.period == Period.of_day(inc.start)
            assert r.created_at is not None and r.created_at.date() >= inc.start
        if r.kind is ReportKind.THEMATIC:
            assert r.content.title.startswith("Báo cáo chuyên đề")


def test_content_is_varied_vietnamese(reports: list[DemoReport], topics: TopicCatalogue) -> None:
    streams = [s for d in reports for s in d.report.content.streams]
    assert all(
        2 <= len(d.report.content.streams) <= 6
        for d in reports
        if d.report.kind is ReportKind.MONTHLY and d.report.status is not ReportStatus.DRAFT
    )
    assert len({s.topic for s in streams}) >= 15
    assert len({s.content for s in streams}) >= 60
    assert all(s.cause and s.forecast and s.proposal and s.channels for s in streams)
    assert {str(s.trend) for s in streams} == {"positive", "mixed", "negative"}
    addressees = {rec.addressee for d in reports for rec in d.report.content.recommendations}
    assert {"Tổng Liên đoàn Lao động Việt Nam", "UBND tỉnh", "chủ doanh nghiệp"} <= addressees
    blob = json.dumps([d.report.content.assessment for d in reports], ensure_ascii=False).lower()
    for bad in ("lorem", "test 1", "todo", "xxx"):
        assert bad not in blob
    assert "tư tưởng" in blob


def test_incidents_are_complete(reports: list[DemoReport]) -> None:
    incidents = [i for d in reports for i in d.report.content.incidents]
    assert incidents
    for i in incidents:
        assert i.title and i.enterprise and i.place and i.cause_demands and i.actions
        assert i.handled_by and i.union_role
        assert i.workers_involved is not None and i.workforce is not None
        assert 0 < i.workers_involved <= i.workforce
        if str(i.ownership) == "foreign":
            assert i.origin_country
    finished = [d.report for d in reports if d.report.kind is ReportKind.MONTHLY]
    resolved = [i for r in finished for i in r.content.incidents if i.resolution]
    assert resolved
    assert any(str(i.kind) == "work_stoppage" for i in incidents)


def test_months_zero_gives_only_current_period(tree: DemoTree) -> None:
    out = list(demo_reports(tree, months=0, today=TODAY))
    assert {d.report.period for d in out if d.report.kind is ReportKind.MONTHLY} <= {
        Period.month(2026, 7)
    }


@pytest.mark.slow
def test_scale_500_units_60_months() -> None:
    start = time.perf_counter()
    t = demo_tree(500)
    n = 0
    uids: set[tuple[str, int]] = set()
    for d in demo_reports(t, months=60, today=TODAY):
        n += 1
        uids.add((d.report.uid, d.report.revision))
    elapsed = time.perf_counter() - start
    assert n >= 30_000 and len(uids) == n
    assert elapsed < 15, elapsed
