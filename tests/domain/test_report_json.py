from __future__ import annotations

from datetime import date

import jsonschema
import pytest

from dlxh_desktop.domain import (
    CollaboratorNetwork,
    ContentError,
    Incident,
    IncidentKind,
    OpinionStream,
    Ownership,
    Period,
    Recommendation,
    Report,
    ReportContent,
    ReportKind,
    SourceChannel,
    Trend,
)
from dlxh_desktop.domain.report_json import report_from_json, report_schema, report_to_json


def _full_report() -> Report:
    content = ReportContent(
        assessment="Đoàn viên, người lao động tin tưởng vào sự lãnh đạo của Đảng.",
        streams=(
            OpinionStream(
                "thuong-tet",
                "Lo lắng về mức thưởng Tết Nguyên đán do đơn hàng giảm.",
                Trend.NEGATIVE,
                1200,
                "CĐCS Công ty TNHH Giày Adora",
                (SourceChannel.ZALO, SourceChannel.COLLABORATOR),
                "Đơn hàng xuất khẩu giảm 30%.",
                "Có thể phát sinh ngừng việc nếu không công bố sớm.",
                "Đề nghị doanh nghiệp công bố mức thưởng trước 15/12.",
            ),
        ),
        incidents=(
            Incident(
                IncidentKind.WORK_STOPPAGE,
                "Ngừng việc tập thể tại Công ty TNHH Hanul",
                date(2026, 10, 3),
                date(2026, 10, 4),
                "Công ty TNHH Hanul Việt Nam",
                Ownership.FOREIGN,
                "Hàn Quốc",
                "KCN Gián Khẩu",
                350,
                1100,
                "Đòi tăng tiền ăn ca lên 25.000 đồng/suất.",
                "Công đoàn KCN phối hợp đối thoại.",
                "Công đoàn các KCN tỉnh",
                sensitive=True,
            ),
        ),
        recommendations=(Recommendation("Tổng LĐLĐ Việt Nam", "Sớm sửa đổi quy định BHXH."),),
        collaborators=CollaboratorNetwork(42, 3, 40, 17, "Kiện toàn mạng lưới"),
    )
    return Report(7, "abc", "KCN-1", ReportKind.MONTHLY, Period.parse("2026-10"), content=content)


def test_round_trip_and_schema() -> None:
    r = _full_report()
    doc = report_to_json(r)
    jsonschema.validate(doc, report_schema())
    back = report_from_json(doc)
    assert back.content == r.content
    assert (back.kind, back.period) == (r.kind, r.period)
    # A bare content object is accepted too.
    assert report_from_json(doc["content"]).content == r.content


@pytest.mark.parametrize(
    ("mutate", "code", "path"),
    [
        (lambda d: d["content"].update(bogus=1), "unknown_field", "$.content.bogus"),
        (lambda d: d["content"].update(assessment=5), "expected_str", "$.content.assessment"),
        (
            lambda d: d["content"]["streams"][0].update(trend="angry"),
            "bad_choice",
            "$.content.streams[0].trend",
        ),
        (
            lambda d: d["content"]["incidents"][0].update(start="03/10/2026"),
            "expected_date",
            "$.content.incidents[0].start",
        ),
        (
            lambda d: d["content"]["incidents"][0].update(workforce=True),
            "expected_int",
            "$.content.incidents[0].workforce",
        ),
        (lambda d: d["content"]["streams"][0].pop("topic"), "missing_field", None),
        (lambda d: d.update(schema="dlxh-report/9"), "schema_unsupported", "$.schema"),
        (lambda d: d.update(period="2026-13"), "period_invalid", "$.period"),
    ],
)
def test_schema_violations_name_the_field(mutate, code: str, path: str | None) -> None:  # type: ignore[no-untyped-def]
    doc = report_to_json(_full_report())
    mutate(doc)
    with pytest.raises(ContentError) as exc:
        report_from_json(doc)
    assert exc.value.code == code
    if path:
        assert exc.value.details["path"] == path


def test_deep_nesting_is_refused() -> None:
    deep: object = "x"
    for _ in range(50):
        deep = [deep]
    with pytest.raises(ContentError) as exc:
        report_from_json({"streams": deep})
    assert exc.value.code in {"json_too_deep", "expected_object"}
