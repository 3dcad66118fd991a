"""Write the document model as DOCX with python-docx (Decree 30/2020 layout)."""

from __future__ import annotations

import io
from typing import Any

import docx
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph

from . import layout as L
from .fonts import DOCX_FONT, text_width
from .model import Align, BarChart, Block, Document, Paragraph, Run, Section, Table
from .text import clean
from .vi import recipient_lines

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
TWIPS_PER_MM = 1440 / 25.4
_JC = {Align.LEFT: "left", Align.CENTER: "center", Align.RIGHT: "right", Align.JUSTIFY: "both"}
_ALIGN = {
    Align.LEFT: WD_ALIGN_PARAGRAPH.LEFT,
    Align.CENTER: WD_ALIGN_PARAGRAPH.CENTER,
    Align.RIGHT: WD_ALIGN_PARAGRAPH.RIGHT,
    Align.JUSTIFY: WD_ALIGN_PARAGRAPH.JUSTIFY,
}
CELL_MARGIN_MM = 1.9  # Word's default left/right cell margin (108 twips)
LANG = "vi-VN"
BAR_FILL = "4F6D8F"


def render_docx(doc: Document) -> bytes:
    """The DOCX file of ``doc`` as bytes."""
    d = docx.Document()
    _set_defaults(d)
    _set_page(d, doc)
    body: Any = d
    _header(body, doc)
    _title(body, doc)
    for block in doc.body:
        _block(body, block, 1)
    if doc.body and isinstance(doc.body[-1], Paragraph):
        # the closing paragraph stays on the signature's page
        body.paragraphs[-1].paragraph_format.keep_with_next = True
    _signature(body, doc)
    d.core_properties.title = clean(doc.title)
    d.core_properties.language = LANG
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


# -- styles and page ---------------------------------------------------------------------------


def _fonts_element(rpr: Any) -> None:
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), DOCX_FONT)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    for attr in ("w:val", "w:eastAsia", "w:bidi"):
        lang.set(qn(attr), LANG)


def _set_defaults(d: Any) -> None:
    """Times New Roman on every script, vi-VN, 14 pt, no spacing, in docDefaults and Normal."""
    styles = d.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _fonts_element(rpr)
    for tag in ("w:sz", "w:szCs"):
        rpr.find(qn(tag)).set(qn("w:val"), str(int(L.SIZE["body"] * 2)))
    spacing = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr")).find(qn("w:spacing"))
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "240")
    normal = d.styles["Normal"]
    normal.font.name = DOCX_FONT
    normal.font.size = Pt(L.SIZE["body"])
    _fonts_element(normal.element.get_or_add_rPr())


def _set_page(d: Any, doc: Document) -> None:
    s = d.sections[0]
    p = doc.page
    s.page_width, s.page_height = Mm(p.width_mm), Mm(p.height_mm)
    s.top_margin, s.bottom_margin = Mm(p.top_mm), Mm(p.bottom_mm)
    s.left_margin, s.right_margin = Mm(p.left_mm), Mm(p.right_mm)
    s.header_distance = Mm(L.HEADER_DISTANCE_MM)
    s.footer_distance = Mm(L.HEADER_DISTANCE_MM)
    s.different_first_page_header_footer = True
    s.first_page_header.is_linked_to_previous = False  # empty: no number on page 1
    para = s.header.paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_field(para)


def _page_field(para: DocxParagraph) -> None:
    """A PAGE field (complex field) in a run of the page-number size."""
    for kind, text in (
        ("begin", None),
        (None, " PAGE "),
        ("separate", None),
        (None, "2"),
        ("end", None),
    ):
        run = para.add_run()
        run.font.size = Pt(L.SIZE["page_number"])
        if kind:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            run._r.append(fld)
        elif text == " PAGE ":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        else:
            run.text = text or ""


# -- paragraphs ---------------------------------------------------------------------------------


def _sub(parent: Any, tag: str, attrib: dict[str, str] | None = None) -> Any:
    """Append a child element (lxml's SubElement through the element, no lxml import)."""
    child = parent.makeelement(tag, attrib or {})
    parent.append(child)
    return child


def _para(
    container: Any,
    runs: list[Run] | tuple[Run, ...],
    size: float,
    *,
    align: Align = Align.CENTER,
    indent: bool = False,
    after: float = 0,
    before: float = 0,
    spacing: float = 1.0,
) -> DocxParagraph:
    """A paragraph built with lxml directly (python-docx's setters dominate render time)."""
    p: DocxParagraph = container.add_paragraph()
    ppr = _sub(p._p, _W + "pPr")
    _sub(
        ppr,
        _W + "spacing",
        {
            _W + "before": str(round(before * 20)),
            _W + "after": str(round(after * 20)),
            _W + "line": str(round(spacing * 240)),
            _W + "lineRule": "auto",
        },
    )
    if indent:
        _sub(ppr, _W + "ind", {_W + "firstLine": str(round(L.FIRST_LINE_INDENT_MM * TWIPS_PER_MM))})
    _sub(ppr, _W + "jc", {_W + "val": _JC[align]})
    half_points = str(round(size * 2))
    for r in runs:
        lines = clean(r.text).split("\n")
        for i, line in enumerate(lines):
            run = _sub(p._p, _W + "r")
            rpr = _sub(run, _W + "rPr")
            _sub(rpr, _W + "b", {_W + "val": "1" if r.bold else "0"})
            _sub(rpr, _W + "i", {_W + "val": "1" if r.italic else "0"})
            _sub(rpr, _W + "sz", {_W + "val": half_points})
            _sub(rpr, _W + "szCs", {_W + "val": half_points})
            t = _sub(run, _W + "t")
            t.text = line
            if line != line.strip():
                t.set(_XML_SPACE, "preserve")
            if i < len(lines) - 1:
                _sub(run, _W + "br")
    return p


def _text(container: Any, text: str, size: float, **kw: Any) -> DocxParagraph:
    bold = kw.pop("bold", False)
    italic = kw.pop("italic", False)
    return _para(container, [Run(text, bold, italic)], size, **kw)


def _border(p: DocxParagraph, edge: str = "bottom") -> None:
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    line = OxmlElement(f"w:{edge}")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        line.set(qn(k), v)
    bdr.append(line)
    ppr.insert(0, bdr)  # schema order: pBdr comes before spacing, ind and jc


def _rule(container: Any, length_mm: float, box_mm: float, after: float = 0) -> None:
    """A centred horizontal rule: an empty, 1 pt tall paragraph with a bottom border."""
    p = container.add_paragraph()
    side = max(0.0, (box_mm - length_mm) / 2)
    fmt = p.paragraph_format
    fmt.left_indent, fmt.right_indent = Mm(side), Mm(side)
    fmt.space_after = Pt(after)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(2)
    _border(p)


# -- header, title, signature -------------------------------------------------------------------


def _tblpr_add(tblpr: Any, element: Any) -> None:
    """Add to tblPr before tblLook, which the schema wants last."""
    look = tblpr.find(qn("w:tblLook"))
    if look is None:
        tblpr.append(element)
    else:
        look.addprevious(element)


def _borderless(container: Any, rows: int, widths: tuple[float, ...]) -> DocxTable:
    t: DocxTable = container.add_table(rows=rows, cols=len(widths))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    tblpr = t._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    _tblpr_add(tblpr, borders)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    _tblpr_add(tblpr, layout)
    for row in t.rows:
        for cell, w in zip(row.cells, widths, strict=True):
            cell.width = Mm(w)
    for col, w in zip(t.columns, widths, strict=True):
        col.width = Mm(w)
    return t


def _clear(cell: _Cell) -> _Cell:
    """A cell without its initial empty paragraph (add_paragraph appends)."""
    for p in list(cell.paragraphs):
        p._p.getparent().remove(p._p)
    return cell


def _header(body: Any, doc: Document) -> None:
    h = doc.header
    t = _borderless(body, 2, (L.HEADER_LEFT_MM, L.HEADER_RIGHT_MM))
    left, right = _clear(t.cell(0, 0)), _clear(t.cell(0, 1))
    lbox = L.HEADER_LEFT_MM - 2 * CELL_MARGIN_MM
    rbox = L.HEADER_RIGHT_MM - 2 * CELL_MARGIN_MM
    if h.parent_body:
        _text(left, h.parent_body, L.SIZE["parent_body"])
    _text(left, h.issuing_body, L.SIZE["issuing_body"], bold=True)
    width = text_width(clean(h.issuing_body), L.SIZE["issuing_body"], bold=True)
    _rule(left, min(lbox, width * 0.352778) * L.ISSUING_RULE_FRACTION, lbox, after=6)
    _text(right, h.national_title, L.SIZE["national_title"], bold=True)
    motto_mm = text_width(clean(h.motto), L.SIZE["motto"], bold=True) * 0.352778 + 1.5
    motto = _text(right, h.motto, L.SIZE["motto"], bold=True)
    side = max(0.0, (rbox - motto_mm) / 2)
    motto.paragraph_format.left_indent = Mm(side)
    motto.paragraph_format.right_indent = Mm(side)
    motto.paragraph_format.space_after = Pt(6)
    _border(motto)
    _text(_clear(t.cell(1, 0)), h.number_line, L.SIZE["number"])
    _text(_clear(t.cell(1, 1)), h.place_date, L.SIZE["place_date"], italic=True)


def _title(body: Any, doc: Document) -> None:
    _text(body, doc.doc_type, L.SIZE["doc_type"], bold=True, before=18)
    _text(body, doc.subject, L.SIZE["subject"], bold=True)
    _rule(body, L.SUBJECT_RULE_MM, doc.page.text_width_mm, after=12)
    size = L.SIZE["recipients"]
    lines = recipient_lines(doc.recipients)
    for i, line in enumerate(lines):
        p = _text(body, line, size, align=Align.CENTER if len(lines) == 1 else Align.LEFT)
        if i > 0:
            p.paragraph_format.left_indent = Mm(L.RECIPIENT_INDENT_MM)
        elif len(lines) > 1:
            p.paragraph_format.left_indent = Mm(L.RECIPIENT_INDENT_MM - 22)
        if i == len(lines) - 1:
            p.paragraph_format.space_after = Pt(12)


def _signature(body: Any, doc: Document) -> None:
    t = _borderless(body, 1, (L.SIGN_LEFT_MM, L.SIGN_RIGHT_MM))
    t.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    left, right = _clear(t.cell(0, 0)), _clear(t.cell(0, 1))
    _para(left, [Run("Nơi nhận:", True, True)], L.SIZE["nr_label"], align=Align.LEFT, before=6)
    for line in doc.distribution:
        _text(left, line, L.SIZE["distribution"], align=Align.LEFT)
    s = doc.signature
    size = L.SIZE["signature"]
    if s.authority:
        _text(right, s.authority, size, bold=True, before=6)
    _text(right, s.position, size, bold=True, before=0 if s.authority else 6)
    _text(right, s.signer, size, bold=True, before=L.SIGNATURE_GAP_PT)


# -- body blocks --------------------------------------------------------------------------------


def _block(body: Any, block: Block, level: int) -> None:
    size = L.SIZE["body"]
    body_kw: dict[str, Any] = {"after": L.PARA_SPACE_AFTER_PT, "spacing": L.LINE_SPACING}
    if isinstance(block, Paragraph):
        _para(body, block.runs, size, align=block.align, indent=block.indent, **body_kw)
    elif isinstance(block, Section):
        title = block.title.upper() if level == 1 else block.title
        run = Run(f"{block.number} {title}".strip(), bold=level <= 2, italic=level >= 3)
        _para(body, [run], size, align=Align.JUSTIFY, indent=True, **body_kw)
        for child in block.blocks:
            _block(body, child, level + 1)
    elif isinstance(block, Table):
        _table(body, block)
    elif isinstance(block, BarChart):
        _chart(body, block)


def _cell_text(cell: _Cell, text: str, size: float, *, bold: bool, align: Align) -> None:
    p = _text(cell, text, size, bold=bold, align=align, before=2, after=2)
    p.paragraph_format.line_spacing = 1.0


def _grid(body: Any, n_rows: int, widths: tuple[float, ...]) -> DocxTable:
    t: DocxTable = body.add_table(rows=n_rows, cols=len(widths))
    t.style = body.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for col, w in zip(t.columns, widths, strict=True):
        col.width = Mm(w)
    return t


def _table(body: Any, table: Table) -> None:
    if table.caption:
        _text(body, table.caption, L.SIZE["body"] - 1, italic=True, bold=True, after=4)
    t = _grid(body, len(table.header) + len(table.rows), table.widths_mm)
    n_head = len(table.header)
    for r, (row, values) in enumerate(zip(t.rows, (*table.header, *table.rows), strict=True)):
        if r < n_head:
            trpr = row._tr.get_or_add_trPr()
            trpr.append(OxmlElement("w:tblHeader"))
        bold = r < n_head or (r - n_head) in table.bold_rows
        for c, (cell, value) in enumerate(zip(row.cells, values, strict=True)):
            cell.width = Mm(table.widths_mm[c])
            centred = r < n_head or c in table.center_columns
            _cell_text(
                _clear(cell),
                value,
                table.font_size,
                bold=bold,
                align=Align.CENTER if centred else Align.LEFT,
            )
    _text(body, "", 6)


def _chart(body: Any, chart: BarChart) -> None:
    """A bar chart as a borderless table: label, a shaded bar of no-break spaces, value."""
    _text(body, chart.title, L.SIZE["body"] - 1, italic=True, bold=True, after=4)
    widths = (60.0, 80.0, 25.0)
    t = _borderless(body, len(chart.labels), widths)
    top = max(chart.values, default=0.0) or 1.0
    for row, label, value in zip(t.rows, chart.labels, chart.values, strict=True):
        cells = row.cells
        _cell_text(_clear(cells[0]), label, 12, bold=False, align=Align.RIGHT)
        cells[1].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        _bar(cells[1], widths[1] - 2 * CELL_MARGIN_MM, value / top)
        _cell_text(
            _clear(cells[2]), f"{value:g} {chart.unit}".strip(), 12, bold=False, align=Align.LEFT
        )
    _text(body, "", 6)


def _bar(cell: _Cell, box_mm: float, fraction: float) -> None:
    """A bar as a nested one-row table whose first cell is shaded, ``fraction`` of ``box_mm``."""
    bar_mm = max(1.0, box_mm * min(1.0, max(0.0, fraction))) if fraction > 0 else 0.0
    widths = (bar_mm, box_mm - bar_mm) if bar_mm else (box_mm,)
    _clear(cell)
    inner = _borderless(cell, 1, widths)
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        m = OxmlElement(f"w:{side}")
        m.set(qn("w:w"), "0")
        m.set(qn("w:type"), "dxa")
        margins.append(m)
    _tblpr_add(inner._tbl.tblPr, margins)
    first = inner.rows[0].cells[0]
    for c in inner.rows[0].cells:
        _spacer(_clear(c), 9)
    if bar_mm:
        shd = OxmlElement("w:shd")
        for k, v in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", BAR_FILL)):
            shd.set(qn(k), v)
        first._tc.get_or_add_tcPr().append(shd)
    _spacer(cell, 1)  # a cell must end with a paragraph


def _spacer(container: Any, height_pt: float) -> None:
    """An empty paragraph exactly ``height_pt`` tall."""
    p = container.add_paragraph()
    fmt = p.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(height_pt)
