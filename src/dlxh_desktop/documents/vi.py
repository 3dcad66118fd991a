"""Vietnamese wording of documents: enum labels, dates, numbers, subjects, placeholders."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from dlxh_desktop.domain.periods import Period
from dlxh_desktop.domain.reports import (
    IncidentKind,
    IncidentStatus,
    Ownership,
    ReportKind,
    SourceChannel,
    Trend,
)

TREND = {
    Trend.POSITIVE: "tích cực",
    Trend.MIXED: "trái chiều",
    Trend.NEGATIVE: "tiêu cực",
}

CHANNEL = {
    SourceChannel.DIRECT: "trực tiếp",
    SourceChannel.COLLABORATOR: "cộng tác viên DLXH",
    SourceChannel.MEETING: "hội nghị, đối thoại",
    SourceChannel.ZALO: "Zalo",
    SourceChannel.FACEBOOK: "Facebook",
    SourceChannel.OTHER_NETWORK: "mạng xã hội khác",
    SourceChannel.PRESS: "báo chí",
}

INCIDENT_KIND = {
    IncidentKind.WORK_STOPPAGE: "Ngừng việc tập thể",
    IncidentKind.STRIKE: "Đình công",
    IncidentKind.DISPUTE: "Tranh chấp lao động",
    IncidentKind.WAGE_ARREARS: "Nợ lương",
    IncidentKind.EMPLOYER_ABSCONDING: "Chủ doanh nghiệp bỏ trốn",
    IncidentKind.MASS_LAYOFF: "Cắt giảm lao động hàng loạt",
    IncidentKind.ACCIDENT: "Tai nạn lao động",
    IncidentKind.FOOD_POISONING: "Ngộ độc thực phẩm",
    IncidentKind.HOSTILE_ONLINE: "Thông tin sai trái, xuyên tạc trên mạng",
    IncidentKind.OTHER: "Vụ việc khác",
}

INCIDENT_STATUS = {
    IncidentStatus.ONGOING: "Đang diễn ra",
    IncidentStatus.RESOLVED: "Đã giải quyết",
    IncidentStatus.MONITORING: "Đang theo dõi",
}

OWNERSHIP = {
    Ownership.STATE: "doanh nghiệp nhà nước",
    Ownership.PRIVATE: "doanh nghiệp tư nhân",
    Ownership.FOREIGN: "doanh nghiệp FDI",
    Ownership.COLLECTIVE: "hợp tác xã, kinh tế tập thể",
    Ownership.OTHER: "loại hình khác",
}

# Visible placeholders for missing letterhead fields (the validator names the field).
PLACEHOLDER = {
    "issuing_body": "[CHƯA CÓ TÊN CƠ QUAN BAN HÀNH]",
    "symbol": "[ký hiệu]",
    "place": "[chưa có địa danh]",
    "position": "[CHƯA CÓ CHỨC VỤ NGƯỜI KÝ]",
    "signer": "[chưa có tên người ký]",
}

DOC_TYPE = {
    ReportKind.MONTHLY: "BÁO CÁO",
    ReportKind.ANNUAL: "BÁO CÁO",
    ReportKind.THEMATIC: "BÁO CÁO CHUYÊN ĐỀ",
    ReportKind.QUICK: "BÁO CÁO NHANH",
}

TYPE_ABBREVIATION = "BC"
SITUATION = "tình hình tư tưởng, dư luận xã hội trong đoàn viên, người lao động"


def or_placeholder(value: str, name: str) -> str:
    """``value`` stripped, or the visible placeholder for the letterhead field ``name``."""
    value = value.strip()
    return value if value else PLACEHOLDER[name]


def place_date(place: str, d: date) -> str:
    """``Ninh Bình, ngày 05 tháng 02 năm 2026``: day < 10 and months 1–2 take a leading 0."""
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"{or_placeholder(place, 'place')}, ngày {d.day:02d} tháng {month} năm {d.year}"


def number_line(number: str, symbol: str) -> str:
    """``Số: 05/BC-LĐLĐ`` from an allocated number, or a blank number for a draft.

    A bare number ("5") is completed with the type abbreviation and symbol and padded to two
    digits; a full "05/BC-LĐLĐ" is printed as given.
    """
    number = number.strip()
    sym = or_placeholder(symbol, "symbol")
    if not number:
        return f"Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/{TYPE_ABBREVIATION}-{sym}"
    if number.isdigit():
        return f"Số: {int(number):02d}/{TYPE_ABBREVIATION}-{sym}"
    return f"Số: {number}"


def day(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def lower_first(text: str) -> str:
    """Lower-case the first letter unless the first word is an acronym ("CĐCS", "KCN")."""
    text = text.strip()
    if not text:
        return text
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first.isupper():
        return text
    return text[0].lower() + text[1:]


def sentence(text: str) -> str:
    """Strip and end with a full stop unless the text already ends with punctuation."""
    text = text.strip()
    if text and text[-1] not in '.!?:;…)"”':
        text += "."
    return text


def listed(entries: Sequence[str], *, last: str = ".") -> tuple[str, ...]:
    """``- entry;`` per line, the last ending with ``last`` (Nơi nhận, Kính gửi lists)."""
    clean = [e.strip().lstrip("-–").strip().rstrip(";.,") for e in entries]
    clean = [e for e in clean if e]
    return tuple(f"- {e}{last if i == len(clean) - 1 else ';'}" for i, e in enumerate(clean))


def recipient_lines(recipients: Sequence[str]) -> list[str]:
    """``Kính gửi: X`` for one recipient; ``Kính gửi:`` then ``- A;`` ``- B.`` for several."""
    if not recipients:
        return []
    if len(recipients) == 1:
        return [f"Kính gửi: {recipients[0].strip()}"]
    return ["Kính gửi:", *listed(recipients)]


def periodic_subject(period: Period) -> str:
    """Subject of a periodic report: "Tình hình tư tưởng, ... tháng 10/2026"."""
    return f"Tình hình tư tưởng, dư luận xã hội trong đoàn viên, người lao động {period.label_vi()}"


def people(n: int | None) -> str:
    return "chưa rõ" if n is None else f"{n:,}".replace(",", ".")
