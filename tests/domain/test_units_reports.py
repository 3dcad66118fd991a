from __future__ import annotations

from datetime import date

import pytest

from dlxh_desktop.domain import (
    DomainError,
    Incident,
    IncidentKind,
    OpinionStream,
    Period,
    Report,
    ReportContent,
    ReportingCalendar,
    ReportKind,
    ReportStatus,
    Unit,
    UnitKind,
    UnitTree,
)
from dlxh_desktop.domain.validation import Severity, blocking, validate_report
from dlxh_desktop.services.topics import shipped_topics


def _tree() -> UnitTree:
    return UnitTree(
        [
            Unit("NB", "LĐLĐ tỉnh Ninh Bình", UnitKind.PROVINCE),
            Unit("KCN", "CĐ các KCN", UnitKind.INDUSTRIAL_ZONE, "NB"),
            Unit("KCN-1", "CĐCS Công ty May Nam Định", UnitKind.GRASSROOTS, "KCN"),
            Unit("KCN-1-A", "Tổ công đoàn phân xưởng A", UnitKind.OTHER, "KCN-1"),
            Unit("GD", "CĐ ngành Giáo dục", UnitKind.SECTOR, "NB"),
        ]
    )


def test_tree_of_any_depth() -> None:
    t = _tree()
    assert [u.code for u in t.descendants("NB")] == ["GD", "KCN", "KCN-1", "KCN-1-A"]
    assert [u.code for u in t.ancestors("KCN-1-A")] == ["KCN-1", "KCN", "NB"]
    assert [u.code for u in t.roots()] == ["NB"]


def test_tree_refuses_cycles_duplicates_and_bad_codes() -> None:
    with pytest.raises(DomainError) as e1:
        UnitTree([Unit("A", "a", UnitKind.OTHER, "B"), Unit("B", "b", UnitKind.OTHER, "A")])
    assert e1.value.code == "unit_cycle"
    with pytest.raises(DomainError) as e2:
        UnitTree([Unit("A", "a", UnitKind.OTHER), Unit("A", "b", UnitKind.OTHER)])
    assert e2.value.code == "unit_duplicate"
    with pytest.raises(DomainError) as e3:
        Unit("../x", "x", UnitKind.OTHER)
    assert e3.value.code == "unit_code_invalid"


def _report(content: ReportContent, kind: ReportKind = ReportKind.MONTHLY) -> Report:
    period = Period.parse("2026-10") if kind is ReportKind.MONTHLY else Period.parse("2026-10-03")
    return Report(None, "uid", "KCN-1", kind, period, content=content)


def _codes(r: Report) -> dict[str, Severity]:
    found = validate_report(r, ReportingCalendar(), shipped_topics())
    return {f.code: f.severity for f in found}


def test_validation_codes() -> None:
    bad = ReportContent(
        streams=(OpinionStream("khong-co", " "),),
        incidents=(
            Incident(
                IncidentKind.WORK_STOPPAGE,
                "Ngừng việc tập thể",
                date(2026, 11, 2),
                end=date(2026, 11, 1),
                workers_involved=900,
                workforce=800,
            ),
        ),
    )
    codes = _codes(_report(bad))
    assert codes["assessment_missing"] is Severity.ERROR
    assert codes["stream_empty"] is Severity.ERROR
    assert codes["topic_unknown"] is Severity.ERROR
    assert codes["involved_exceeds_workforce"] is Severity.ERROR
    assert codes["end_before_start"] is Severity.ERROR
    assert codes["date_outside_period"] is Severity.WARNING


def test_a_complete_report_has_no_blocking_finding() -> None:
    good = ReportContent(
        assessment="Tình hình tư tưởng của đoàn viên, người lao động cơ bản ổn định.",
        streams=(
            OpinionStream(
                "tien-luong",
                "Người lao động phấn khởi khi lương tối thiểu vùng tăng từ 01/7.",
                cause="Nghị định mới về lương tối thiểu vùng.",
                proposal="Giám sát doanh nghiệp điều chỉnh thang lương.",
            ),
        ),
    )
    r = _report(good)
    assert blocking(validate_report(r, ReportingCalendar(), shipped_topics())) == []


def test_quick_report_needs_an_incident() -> None:
    r = _report(ReportContent(assessment="Có vụ việc."), ReportKind.QUICK)
    assert "quick_without_subject" in _codes(r)


def test_finalized_report_is_frozen_and_amending_makes_a_new_revision() -> None:
    r = _report(ReportContent(assessment="x"))
    done = Report(**{**r.__dict__, "status": ReportStatus.FINALIZED, "number": "01/BC-X"})
    with pytest.raises(DomainError) as exc:
        done.with_content(ReportContent(assessment="y"))
    assert exc.value.code == "report_frozen"
    nxt = done.next_revision()
    assert (nxt.revision, nxt.status, nxt.number, nxt.uid) == (2, ReportStatus.DRAFT, "", "uid")
    assert nxt.content == done.content


def test_period_must_fit_the_kind() -> None:
    with pytest.raises(DomainError) as exc:
        Report(None, "u", "X", ReportKind.ANNUAL, Period.parse("2026-10"))
    assert exc.value.code == "period_kind_mismatch"
