"""The consolidated report as an official document (sections for documents/)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from dlxh_desktop.documents import (
    BarChart,
    Block,
    Document,
    Paragraph,
    Section,
    Table,
    build_consolidated_document,
)
from dlxh_desktop.domain import DeadlineState, TopicCatalogue, Trend
from dlxh_desktop.domain.letterhead import Letterhead

if TYPE_CHECKING:
    from .consolidation import Consolidation

TREND_VI = {Trend.POSITIVE: "tích cực", Trend.MIXED: "trái chiều", Trend.NEGATIVE: "tiêu cực"}
STATUS_VI = {"ongoing": "Đang diễn ra", "resolved": "Đã giải quyết", "monitoring": "Đang theo dõi"}


def _p(text: str) -> Paragraph:
    return Paragraph.of(text)


def consolidated_document(
    c: Consolidation, letterhead: Letterhead, topics: TopicCatalogue, today: date
) -> Document:
    """Sections: general situation, opinion streams by topic, incidents, recommendations,
    collaborators, units that have not reported."""
    d = c.data
    late = sorted(code for code, s in c.on_time.items() if s is DeadlineState.LATE)
    general = [
        _p(
            f"Trong kỳ, {len(d.reported)}/{len(d.expected)} đơn vị trực thuộc đã gửi báo cáo"
            f" ({len(d.reported) - len(late)} đúng hạn, {len(late)} trễ hạn);"
            f" {len(d.missing)} đơn vị chưa báo cáo."
        ),
        _p(
            f"Các đơn vị phản ánh {sum(t.streams for t in d.topics)} luồng ý kiến thuộc"
            f" {len(d.topics)} chủ đề và {len(d.incidents)} vụ việc phức tạp, nhạy cảm."
        ),
    ]
    streams: list[Block] = []
    if d.topics:
        streams.append(
            BarChart(
                "Số luồng ý kiến theo chủ đề",
                tuple(topics.label(t.topic) for t in d.topics[:10]),
                tuple(float(t.streams) for t in d.topics[:10]),
                "luồng",
            )
        )
    for t in d.topics:
        trend_text = ", ".join(f"{n} {TREND_VI[k]}" for k, n in t.trends.items() if n)
        people = f", khoảng {_num(t.people)} người quan tâm" if t.people else ""
        blocks: list[Block] = [
            _p(f"{t.streams} luồng ý kiến tại {t.units} đơn vị{people}; chiều hướng: {trend_text}.")
        ]
        blocks += [_p(f"- {s.content}") for s in t.examples]
        streams.append(Section(topics.label(t.topic), tuple(blocks)))
    incidents: list[Block] = []
    if d.incidents:
        rows = tuple(
            (
                str(i + 1),
                c.names.get(ui.unit_code, ui.unit_code),
                ui.incident.start.strftime("%d/%m/%Y"),
                ui.incident.enterprise or "",
                ui.incident.title,
                _involved(ui.incident.workers_involved, ui.incident.workforce),
                STATUS_VI.get(ui.incident.status.value, ui.incident.status.value),
            )
            for i, ui in enumerate(d.incidents)
        )
        incidents.append(
            Table(
                header=(
                    ("TT", "Đơn vị", "Ngày", "Doanh nghiệp", "Nội dung", "Số NLĐ", "Tình trạng"),
                ),
                rows=rows,
                widths_mm=(8, 30, 18, 30, 46, 16, 17),
                font_size=10,
                center_columns=(0, 2, 5),
            )
        )
    else:
        incidents.append(_p("Trong kỳ không phát sinh vụ việc phức tạp, nhạy cảm."))
    recs: list[Block] = [
        Section(addressee, tuple(_p(f"- {text}") for text in texts))
        for addressee, texts in sorted(d.recommendations.items())
    ] or [_p("Không có kiến nghị.")]
    n = d.collaborators
    collab = [
        _p(
            f"Tổng số cộng tác viên dư luận xã hội: {_num(n.total)} người (mới trong kỳ"
            f" {n.new_this_period}, đã được tập huấn {n.trained}); số tin phản ánh nhận được:"
            f" {_num(n.reports_received)}."
        )
    ]
    missing: list[Block] = (
        [_p("- " + u.name + ";") for u in d.missing]
        if d.missing
        else [_p("Tất cả đơn vị đã báo cáo.")]
    )
    sections = [
        Section("Tình hình chung", tuple(general)),
        Section("Các luồng dư luận xã hội nổi bật", tuple(streams)),
        Section("Vụ việc phức tạp, nhạy cảm", tuple(incidents)),
        Section("Kiến nghị, đề xuất của các đơn vị", tuple(recs)),
        Section("Mạng lưới cộng tác viên", tuple(collab)),
        Section("Đơn vị chưa gửi báo cáo", tuple(missing)),
    ]
    return build_consolidated_document(
        letterhead,
        c.period,
        sections,
        issue_date=today,
        subject=(
            "Tổng hợp tình hình tư tưởng, dư luận xã hội trong đoàn viên, người lao động "
            + c.period.label_vi()
        ),
    )


def _involved(involved: int | None, workforce: int | None) -> str:
    if involved is None:
        return ""
    return f"{involved}/{workforce}" if workforce else str(involved)


def _num(n: int) -> str:
    """Vietnamese thousands separator: 12.345."""
    return f"{n:,}".replace(",", ".")
