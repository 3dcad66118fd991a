"""The consolidated report as an Excel workbook (what the province used to retype by hand)."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from dlxh_desktop.domain import TopicCatalogue, Trend

if TYPE_CHECKING:
    from .consolidation import Consolidation


def _cell(value: Any) -> Any:
    """Text from units is data, never a formula: Excel would run '=...' or '+...'."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _sheet(ws: Worksheet, header: list[str], rows: list[list[Any]], widths: list[int]) -> None:
    ws.append(header)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append([_cell(v) for v in row])
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    ws.freeze_panes = "A2"


def consolidated_workbook(c: Consolidation, topics: TopicCatalogue) -> bytes:
    """Sheets: units (reported / on time), topics, incidents, recommendations."""
    wb = Workbook()
    units = wb.active
    assert units is not None
    units.title = "Đơn vị"
    reported = set(c.data.reported)
    _sheet(
        units,
        ["Mã", "Đơn vị", "Đã báo cáo", "Đúng hạn"],
        [
            [
                u.code,
                u.name,
                "Có" if u.code in reported else "Chưa",
                {"on_time": "Đúng hạn", "late": "Trễ hạn"}.get(c.on_time.get(u.code, ""), ""),
            ]
            for u in c.data.expected
        ],
        [16, 60, 12, 12],
    )
    _sheet(
        wb.create_sheet("Chủ đề"),
        ["Chủ đề", "Số luồng", "Số đơn vị", "Số người", "Tích cực", "Trái chiều", "Tiêu cực"],
        [
            [
                topics.label(t.topic),
                t.streams,
                t.units,
                t.people,
                t.trends[Trend.POSITIVE],
                t.trends[Trend.MIXED],
                t.trends[Trend.NEGATIVE],
            ]
            for t in c.data.topics
        ],
        [40, 10, 10, 12, 10, 10, 10],
    )
    _sheet(
        wb.create_sheet("Vụ việc"),
        [
            "Đơn vị",
            "Ngày bắt đầu",
            "Loại",
            "Doanh nghiệp",
            "Nội dung",
            "Số NLĐ",
            "Tổng số LĐ",
            "Tình trạng",
        ],
        [
            [
                c.names.get(ui.unit_code, ui.unit_code),
                ui.incident.start,
                ui.incident.kind.value,
                ui.incident.enterprise,
                ui.incident.title,
                ui.incident.workers_involved,
                ui.incident.workforce,
                ui.incident.status.value,
            ]
            for ui in c.data.incidents
        ],
        [40, 14, 18, 36, 60, 10, 10, 14],
    )
    _sheet(
        wb.create_sheet("Kiến nghị"),
        ["Gửi tới", "Nội dung"],
        [[k, text] for k, texts in sorted(c.data.recommendations.items()) for text in texts],
        [36, 100],
    )
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
