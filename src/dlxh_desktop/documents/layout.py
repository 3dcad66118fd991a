"""Sizes and geometry shared by both writers and the conformance checker (DOCUMENT-FORMAT.md)."""

from __future__ import annotations

from typing import Final

# Point sizes of each element (Decree 30/2020 Appendix I ranges in comments).
SIZE: Final[dict[str, float]] = {
    "national_title": 12,  # 12–13, bold, upper case
    "motto": 13,  # 13–14, bold
    "parent_body": 12,  # 12–13, regular, upper case
    "issuing_body": 12,  # 12–13, bold, upper case
    "number": 13,  # 13
    "place_date": 14,  # 13–14, italic
    "doc_type": 14,  # 13–14, bold
    "subject": 14,  # 13–14, bold
    "recipients": 14,  # 13–14
    "body": 14,  # 13–14
    "signature": 14,  # 13–14, bold
    "nr_label": 12,  # "Nơi nhận:" 12, bold italic
    "distribution": 11,  # 11
    "page_number": 13,  # 13–14
}

# Allowed ranges, used by the conformance checker.
RANGE: Final[dict[str, tuple[float, float]]] = {
    "national_title": (12, 13),
    "motto": (13, 14),
    "parent_body": (12, 13),
    "issuing_body": (12, 13),
    "number": (13, 13),
    "place_date": (13, 14),
    "doc_type": (13, 14),
    "subject": (13, 14),
    "body": (13, 14),
    "signature": (13, 14),
    "nr_label": (12, 12),
    "distribution": (11, 11),
    "page_number": (13, 14),
}

MARGIN_RANGE_MM: Final[dict[str, tuple[float, float]]] = {
    "top": (20, 25),
    "bottom": (20, 25),
    "left": (30, 35),
    "right": (15, 20),
}

HEADER_LEFT_MM: Final = 65.0  # bodies and number
HEADER_RIGHT_MM: Final = 100.0  # national title, motto, place and date
SIGN_LEFT_MM: Final = 80.0  # Nơi nhận
SIGN_RIGHT_MM: Final = 85.0  # signature block
HEADER_DISTANCE_MM: Final = 10.0  # page number baseline area, inside the top margin

FIRST_LINE_INDENT_MM: Final = 12.7  # 1.27 cm
PARA_SPACE_AFTER_PT: Final = 6.0
LINE_SPACING: Final = 1.15  # Word "multiple"; Times' single line is ~1.15 em
TNR_SINGLE_LINE_EM: Final = 1.149  # ascent + descent + gap of Times New Roman / Liberation Serif
ISSUING_RULE_FRACTION: Final = 0.4  # short rule under the issuing body: ⅓–½ of its width
SUBJECT_RULE_MM: Final = 30.0
RECIPIENT_INDENT_MM: Final = 45.0  # "- A;" lines under "Kính gửi:"
SIGNATURE_GAP_PT: Final = 72.0  # room for the signature and the seal


def leading(size: float, spacing: float = LINE_SPACING) -> float:
    """PDF leading matching Word's "multiple" line spacing for Times-metric fonts."""
    return round(size * TNR_SINGLE_LINE_EM * spacing, 2)
