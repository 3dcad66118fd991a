"""Write the document model as PDF with reportlab platypus (Liberation Serif embedded)."""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable

from . import layout as L
from .fonts import face_name, register_fonts, text_width
from .model import Align, BarChart, Block, Document, Paragraph, Run, Section, Table
from .text import clean
from .vi import recipient_lines

_ALIGN = {
    Align.LEFT: TA_LEFT,
    Align.CENTER: TA_CENTER,
    Align.RIGHT: TA_RIGHT,
    Align.JUSTIFY: TA_JUSTIFY,
}
BAR_COLOR = colors.HexColor("#4F6D8F")
CELL_PAD = 1.9 * mm  # same as Word's default cell margin


def markup(text: str) -> str:
    """NFC, glyph-checked, XML-escaped text for a platypus paragraph; ``\\n`` → line break."""
    return escape(clean(text)).replace("\n", "<br/>")


def _runs(runs: tuple[Run, ...] | list[Run]) -> str:
    out = []
    for r in runs:
        t = markup(r.text)
        if r.italic:
            t = f"<i>{t}</i>"
        if r.bold:
            t = f"<b>{t}</b>"
        out.append(t)
    return "".join(out)


def _style(
    size: float,
    align: Align = Align.CENTER,
    *,
    bold: bool = False,
    italic: bool = False,
    indent: bool = False,
    after: float = 0,
    before: float = 0,
    spacing: float = 1.0,
) -> ParagraphStyle:
    return ParagraphStyle(
        f"s{size}{align}{bold}{italic}{indent}{after}{before}{spacing}",
        fontName=face_name(bold, italic),
        fontSize=size,
        leading=L.leading(size, spacing),
        alignment=_ALIGN[align],
        firstLineIndent=L.FIRST_LINE_INDENT_MM * mm if indent else 0,
        spaceAfter=after,
        spaceBefore=before,
    )


def _p(text: str, size: float, **kw: Any) -> RLParagraph:
    bold, italic = kw.get("bold", False), kw.get("italic", False)
    return RLParagraph(_runs([Run(text, bold, italic)]), _style(size, **kw))


class Bar(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """A filled horizontal bar of a bar chart."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self.bar_width, self.bar_height = width, height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.bar_width, self.bar_height

    def draw(self) -> None:
        if self.bar_width > 0:
            self.canv.setFillColor(BAR_COLOR)
            self.canv.rect(0, 0, self.bar_width, self.bar_height, stroke=0, fill=1)


def _page_number(canvas: Canvas, doc: Any) -> None:
    canvas.saveState()
    canvas.setFont(face_name(), L.SIZE["page_number"])
    # centred over the text area, as Word centres a header paragraph between the margins
    x = doc.leftMargin + doc.width / 2
    y = doc.pagesize[1] - L.HEADER_DISTANCE_MM * mm - L.SIZE["page_number"] * 0.75
    canvas.drawCentredString(x, y, str(doc.page))
    canvas.restoreState()


def render_pdf(doc: Document) -> bytes:
    """The PDF file of ``doc`` as bytes (fonts embedded, page numbers from page 2)."""
    register_fonts()
    p = doc.page
    out = io.BytesIO()
    template = BaseDocTemplate(
        out,
        pagesize=(p.width_mm * mm, p.height_mm * mm),
        topMargin=p.top_mm * mm,
        bottomMargin=p.bottom_mm * mm,
        leftMargin=p.left_mm * mm,
        rightMargin=p.right_mm * mm,
        title=clean(doc.title),
        author=clean(doc.header.issuing_body),
        lang="vi-VN",
        invariant=True,
        initialFontName=face_name(),
        initialFontSize=L.SIZE["body"],
    )
    # The text area is exactly the page minus the margins (no frame padding).
    frame = Frame(
        template.leftMargin,
        template.bottomMargin,
        template.width,
        template.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    template.addPageTemplates(
        [
            PageTemplate("first", [frame], autoNextPageTemplate="later"),
            PageTemplate("later", [frame], onPage=_page_number),
        ]
    )
    story: list[Flowable] = [*_header(doc), *_title(doc)]
    blocks = list(doc.body)
    # the closing paragraph stays on the signature's page (never a signature page alone)
    closing = blocks.pop() if blocks and isinstance(blocks[-1], Paragraph) else None
    for block in blocks:
        story.extend(_block(block, 1, p.text_width_mm * mm))
    story.append(_signature(doc, _block(closing, 1, 0) if closing else []))
    template.build(story)
    return out.getvalue()


def _borderless(rows: list[list[Any]], widths: list[float], pad: float = CELL_PAD) -> RLTable:
    t = RLTable(rows, colWidths=widths)
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), face_name()),  # else Helvetica, unembedded
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), pad),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return t


class Rule(Flowable):  # type: ignore[misc]
    """A centred solid rule of a given length (under the issuing body, motto, subject)."""

    THICKNESS = 0.6

    def __init__(self, length: float, after: float = 0) -> None:
        super().__init__()
        self.length, self.after = length, after
        self.avail = length

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.avail = avail_width
        return avail_width, 3 + self.after

    def draw(self) -> None:
        x0 = max(0.0, (self.avail - self.length) / 2)
        self.canv.setLineWidth(self.THICKNESS)
        self.canv.line(x0, self.after + 1, x0 + min(self.length, self.avail), self.after + 1)


def _rule(length: float, after: float = 0) -> Rule:
    return Rule(length, after)


def _header(doc: Document) -> list[Flowable]:
    h = doc.header
    left: list[Flowable] = []
    if h.parent_body:
        left.append(_p(h.parent_body, L.SIZE["parent_body"]))
    left.append(_p(h.issuing_body, L.SIZE["issuing_body"], bold=True))
    lbox = L.HEADER_LEFT_MM * mm - 2 * CELL_PAD
    width = text_width(clean(h.issuing_body), L.SIZE["issuing_body"], bold=True)
    left.append(_rule(min(lbox, width) * L.ISSUING_RULE_FRACTION, after=6))
    motto_w = text_width(clean(h.motto), L.SIZE["motto"], bold=True)
    right: list[Flowable] = [
        _p(h.national_title, L.SIZE["national_title"], bold=True),
        _p(h.motto, L.SIZE["motto"], bold=True),
        _rule(motto_w, after=6),
    ]
    rows = [
        [left, right],
        [_p(h.number_line, L.SIZE["number"]), _p(h.place_date, L.SIZE["place_date"], italic=True)],
    ]
    return [_borderless(rows, [L.HEADER_LEFT_MM * mm, L.HEADER_RIGHT_MM * mm])]


def _title(doc: Document) -> list[Flowable]:
    out: list[Flowable] = [
        _p(doc.doc_type, L.SIZE["doc_type"], bold=True, before=18),
        _p(doc.subject, L.SIZE["subject"], bold=True),
        _rule(L.SUBJECT_RULE_MM * mm, after=12),
    ]
    lines = recipient_lines(doc.recipients)
    size = L.SIZE["recipients"]
    for i, line in enumerate(lines):
        if len(lines) == 1:
            out.append(_p(line, size, after=12))
            continue
        style = _style(size, Align.LEFT, after=12 if i == len(lines) - 1 else 0)
        style.leftIndent = (L.RECIPIENT_INDENT_MM - (22 if i == 0 else 0)) * mm
        out.append(RLParagraph(markup(line), style))
    return out


def _signature(doc: Document, before: list[Flowable]) -> Flowable:
    left: list[Flowable] = [
        _p("Nơi nhận:", L.SIZE["nr_label"], align=Align.LEFT, bold=True, italic=True, before=6)
    ]
    left += [_p(line, L.SIZE["distribution"], align=Align.LEFT) for line in doc.distribution]
    s = doc.signature
    size = L.SIZE["signature"]
    right: list[Flowable] = []
    if s.authority:
        right.append(_p(s.authority, size, bold=True, before=6))
    right.append(_p(s.position, size, bold=True, before=0 if s.authority else 6))
    right.append(_p(s.signer, size, bold=True, before=L.SIGNATURE_GAP_PT))
    table = _borderless([[left, right]], [L.SIGN_LEFT_MM * mm, L.SIGN_RIGHT_MM * mm])
    return KeepTogether([*before, Spacer(1, 6), table])


def _block(block: Block, level: int, width: float) -> list[Flowable]:
    size = L.SIZE["body"]
    kw: dict[str, Any] = {"after": L.PARA_SPACE_AFTER_PT, "spacing": L.LINE_SPACING}
    if isinstance(block, Paragraph):
        return [
            RLParagraph(_runs(block.runs), _style(size, block.align, indent=block.indent, **kw))
        ]
    if isinstance(block, Section):
        title = block.title.upper() if level == 1 else block.title
        run = Run(f"{block.number} {title}".strip(), bold=level <= 2, italic=level >= 3)
        style = _style(size, Align.JUSTIFY, indent=True, **kw)
        style.keepWithNext = True
        out = [RLParagraph(_runs([run]), style)]
        for child in block.blocks:
            out.extend(_block(child, level + 1, width))
        return out
    if isinstance(block, Table):
        return _table(block)
    return _chart(block)


def _caption(text: str) -> RLParagraph:
    style = _style(L.SIZE["body"] - 1, bold=True, italic=True, after=4)
    style.keepWithNext = True
    return RLParagraph(_runs([Run(text, True, True)]), style)


def _table(table: Table) -> list[Flowable]:
    n_head = len(table.header)
    data = []
    for r, values in enumerate((*table.header, *table.rows)):
        bold = r < n_head or (r - n_head) in table.bold_rows
        row = []
        for c, value in enumerate(values):
            centred = r < n_head or c in table.center_columns
            align = Align.CENTER if centred else Align.LEFT
            row.append(_p(value, table.font_size, align=align, bold=bold))
        data.append(row)
    t = RLTable(
        data,
        colWidths=[w * mm for w in table.widths_mm],
        repeatRows=n_head,
        splitByRow=1,
        splitInRow=1,
    )
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), face_name()),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("VALIGN", (0, 0), (-1, n_head - 1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    out: list[Flowable] = [_caption(table.caption)] if table.caption else []
    return [*out, t, Spacer(1, 6)]


def _chart(chart: BarChart) -> list[Flowable]:
    widths = [60 * mm, 80 * mm, 25 * mm]
    top = max(chart.values, default=0.0) or 1.0
    box = widths[1] - 2 * CELL_PAD
    rows = []
    for label, value in zip(chart.labels, chart.values, strict=True):
        bar = Bar(max(1.0, box * value / top) if value > 0 else 0.0, 9)
        rows.append(
            [
                _p(label, 12, align=Align.RIGHT),
                bar,
                _p(f"{value:g} {chart.unit}".strip(), 12, align=Align.LEFT),
            ]
        )
    t = _borderless(rows, widths)
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return [KeepTogether([_caption(chart.title), t]), Spacer(1, 6)]
