from __future__ import annotations

from dataclasses import replace
from datetime import date

from dlxh_desktop.domain import (
    CollaboratorNetwork,
    Incident,
    IncidentKind,
    OpinionStream,
    Period,
    Recommendation,
    Report,
    ReportContent,
    ReportKind,
    ReportStatus,
    Trend,
    Unit,
    UnitKind,
)
from dlxh_desktop.domain.aggregation import consolidate, latest_revisions

UNITS = [Unit(c, f"Đơn vị {c}", UnitKind.GRASSROOTS, "NB") for c in ("A", "B", "C")]
STOPPAGE = Incident(
    IncidentKind.WORK_STOPPAGE,
    "Ngừng việc tập thể",
    date(2026, 10, 2),
    workers_involved=300,
    workforce=900,
)


def _report(unit: str, uid: str, rev: int, status: ReportStatus, **content: object) -> Report:
    return Report(
        None,
        uid,
        unit,
        ReportKind.MONTHLY,
        Period.parse("2026-10"),
        revision=rev,
        status=status,
        content=ReportContent(assessment="x", **content),  # type: ignore[arg-type]
    )


def test_latest_revision_wins_and_drafts_do_not_count() -> None:
    old = _report("A", "a", 1, ReportStatus.SUPERSEDED, streams=(OpinionStream("viec-lam", "cũ"),))
    new = _report("A", "a", 2, ReportStatus.SENT, streams=(OpinionStream("viec-lam", "mới"),))
    draft = _report("B", "b", 1, ReportStatus.DRAFT)
    assert latest_revisions([old, new, draft]) == [new]


def test_consolidation_counts_topics_trends_incidents_and_missing_units() -> None:
    a = _report(
        "A",
        "a",
        1,
        ReportStatus.SENT,
        streams=(
            OpinionStream("tien-luong", "Lo thưởng Tết", Trend.NEGATIVE, 500),
            OpinionStream("viec-lam", "Thiếu đơn hàng", Trend.NEGATIVE, 200),
        ),
        incidents=(STOPPAGE,),
        recommendations=(Recommendation("UBND tỉnh", "Hỗ trợ nhà trọ"),),
        collaborators=CollaboratorNetwork(10, 2, 8, 5),
    )
    b = _report(
        "B",
        "b",
        1,
        ReportStatus.ACKNOWLEDGED,
        streams=(OpinionStream("tien-luong", "Phấn khởi tăng lương", Trend.POSITIVE, 1500),),
        recommendations=(Recommendation("UBND tỉnh", "Hỗ trợ nhà trọ"),),
        collaborators=CollaboratorNetwork(4, 0, 4, 1),
    )
    quick = replace(
        _report("A", "q", 1, ReportStatus.SENT, incidents=(STOPPAGE,)),
        kind=ReportKind.QUICK,
        period=Period.parse("2026-10-02"),
    )
    c = consolidate([a, b, quick], UNITS)
    assert c.reported == ("A", "B")
    assert [u.code for u in c.missing] == ["C"]
    pay = c.topics[0]
    assert (pay.topic, pay.streams, pay.units, pay.people) == ("tien-luong", 2, 2, 2000)
    assert pay.trends[Trend.POSITIVE] == 1 and pay.trends[Trend.NEGATIVE] == 1
    assert pay.examples[0].content == "Phấn khởi tăng lương"  # widest reach first
    assert len(c.incidents) == 1  # the quick report and the monthly one describe the same
    assert c.recommendations == {"UBND tỉnh": ("Hỗ trợ nhà trọ",)}
    assert c.collaborators == CollaboratorNetwork(14, 2, 12, 6)
