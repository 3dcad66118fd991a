"""The document model: what an official document holds, independent of the output format.

A :class:`Document` is built once (see ``builder``) and written by both writers, so the DOCX and
the PDF carry the same text. Strings are stored as given; writers normalise them (NFC, glyph
coverage) through ``text.clean`` at the last moment.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"
    JUSTIFY = "justify"


@dataclass(frozen=True)
class Run:
    """A piece of text with one style inside a paragraph."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Paragraph:
    """A body paragraph: justified with a first-line indent unless ``indent`` is False."""

    runs: tuple[Run, ...]
    indent: bool = True
    align: Align = Align.JUSTIFY

    @staticmethod
    def of(
        text: str, *, bold: bool = False, italic: bool = False, indent: bool = True
    ) -> Paragraph:
        """A paragraph of one run."""
        return Paragraph((Run(text, bold, italic),), indent=indent)

    @staticmethod
    def labelled(label: str, text: str) -> Paragraph:
        """``- Label: text`` with the label in italics, as reports list a stream's details."""
        return Paragraph((Run("- "), Run(f"{label}: ", italic=True), Run(text)))

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True)
class Table:
    """A grid with header rows repeated on every page it spans.

    ``widths_mm`` gives each column's width; they should add up to the text width (165 mm with
    the default margins). ``header`` rows are bold and centred; ``bold_rows`` lists body row
    indexes printed in bold (totals).
    """

    header: tuple[tuple[str, ...], ...]
    rows: tuple[tuple[str, ...], ...]
    widths_mm: tuple[float, ...]
    caption: str = ""
    font_size: float = 12
    center_columns: tuple[int, ...] = ()
    bold_rows: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        n = len(self.widths_mm)
        for row in (*self.header, *self.rows):
            if len(row) != n:
                raise ValueError(f"table row has {len(row)} cells, expected {n}")


@dataclass(frozen=True)
class BarChart:
    """A simple horizontal bar chart: one bar per label."""

    title: str
    labels: tuple[str, ...]
    values: tuple[float, ...]
    unit: str = ""

    def __post_init__(self) -> None:
        if len(self.labels) != len(self.values):
            raise ValueError("bar chart needs one value per label")


@dataclass(frozen=True)
class Section:
    """A numbered section; ``blocks`` may hold nested sections (level 2 "1.", level 3 "a)").

    ``number`` is filled by :func:`numbered` when left empty.
    """

    title: str
    blocks: tuple[Block, ...] = ()
    number: str = ""


Block = Paragraph | Table | BarChart | Section


@dataclass(frozen=True)
class HeaderBlock:
    """The two-column header of Decree 30/2020: bodies and number left; title, motto, date right."""

    parent_body: str  # may be empty: then the line is left out
    issuing_body: str
    number_line: str  # "Số: 05/BC-LĐLĐ"
    place_date: str  # "Ninh Bình, ngày 05 tháng 02 năm 2026"
    national_title: str = NATIONAL_TITLE
    motto: str = MOTTO


@dataclass(frozen=True)
class SignatureBlock:
    authority: str  # "TM. BAN THƯỜNG VỤ"; may be empty
    position: str  # "PHÓ CHỦ TỊCH THƯỜNG TRỰC"
    signer: str  # "Trần Kim Long"


@dataclass(frozen=True)
class PageSetup:
    """A4 portrait; margins in mm (Decree 30/2020: top/bottom 20–25, left 30–35, right 15–20)."""

    width_mm: float = 210
    height_mm: float = 297
    top_mm: float = 20
    bottom_mm: float = 20
    left_mm: float = 30
    right_mm: float = 15

    @property
    def text_width_mm(self) -> float:
        return self.width_mm - self.left_mm - self.right_mm


@dataclass(frozen=True)
class Document:
    """An official document, ready for a writer."""

    header: HeaderBlock
    doc_type: str  # "BÁO CÁO"
    subject: str
    recipients: tuple[str, ...]
    body: tuple[Block, ...]  # intro paragraphs, then sections, then the closing paragraph
    signature: SignatureBlock
    distribution: tuple[str, ...]  # already formatted "- Như trên;" ... "- Lưu: VT."
    page: PageSetup = field(default_factory=PageSetup)
    title: str = ""  # document metadata title (PDF /Title, DOCX core properties)


_VI_LETTERS = "abcdđeghiklmnopqrstuvxy"
_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def roman(n: int) -> str:
    """Upper-case Roman numeral for a section number (1 → "I")."""
    out = []
    for value, glyphs in _ROMAN:
        while n >= value:
            out.append(glyphs)
            n -= value
    return "".join(out)


def vi_letter(n: int) -> str:
    """Level-3 label in the Vietnamese alphabet order used by administrative documents
    (1 → "a", 5 → "đ"); past "y" it continues with numbers."""
    return _VI_LETTERS[n - 1] if 1 <= n <= len(_VI_LETTERS) else str(n)


def numbered(sections: tuple[Block, ...] | list[Block], level: int = 1) -> tuple[Block, ...]:
    """Fill empty section numbers by position: "I." at level 1, "1." at 2, "a)" at 3 and below."""
    out: list[Block] = []
    count = 0
    for block in sections:
        if isinstance(block, Section):
            count += 1
            number = block.number or _label(level, count)
            block = replace(block, number=number, blocks=numbered(block.blocks, level + 1))
        out.append(block)
    return tuple(out)


def _label(level: int, n: int) -> str:
    if level == 1:
        return f"{roman(n)}."
    if level == 2:
        return f"{n}."
    return f"{vi_letter(n)})"


def iter_sections(blocks: tuple[Block, ...], level: int = 1) -> list[tuple[int, Section]]:
    """Every section with its level, depth first (writers and tests walk the tree with it)."""
    out: list[tuple[int, Section]] = []
    for b in blocks:
        if isinstance(b, Section):
            out.append((level, b))
            out.extend(iter_sections(b.blocks, level + 1))
    return out
