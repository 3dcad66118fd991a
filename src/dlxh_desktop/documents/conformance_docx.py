"""DOCX side of the conformance checker: page, fonts, language, element styles, page numbers."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from . import layout as L
from .conformance import RuleResult, expected_rules, in_range, squash
from .fonts import DOCX_FONT
from .model import MOTTO, NATIONAL_TITLE

EMU_PER_MM = 36000
THEME_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
FONT_ATTRS = ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")


def _mm(emu: int | None) -> float | None:
    return None if emu is None else emu / EMU_PER_MM


class Props:
    """Effective size, bold and italic of a paragraph's text (first non-empty run)."""

    def __init__(self, para: Any, default_size: float) -> None:
        runs = [r for r in para.runs if r.text.strip()]
        self.found = bool(runs)
        sizes = {r.font.size.pt if r.font.size else default_size for r in runs}
        self.size = min(sizes) if sizes else None
        self.uniform = len(sizes) <= 1
        self.bold = bool(runs) and all(bool(r.bold) for r in runs)
        self.italic = bool(runs) and all(bool(r.italic) for r in runs)


def _default_size(d: Any) -> float:
    rpr = d.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    sz = rpr.find(qn("w:sz")) if rpr is not None else None
    size = float(sz.get(qn("w:val"))) / 2 if sz is not None else 10.0
    normal = d.styles["Normal"].font.size
    return float(normal.pt) if normal is not None else size


def _style_rule(
    name: str, para: Any, default: float, *, bold: bool, italic: bool = False
) -> RuleResult:
    if para is None:
        return RuleResult(f"style.{name}", False, "element not found")
    p = Props(para, default)
    ok = p.found and in_range(p.size, L.RANGE[name]) and p.bold == bold and p.italic == italic
    lo, hi = L.RANGE[name]
    detail = f"{p.size} pt, bold={p.bold}, italic={p.italic} (want {lo:g}–{hi:g} pt, bold={bold},"
    return RuleResult(f"style.{name}", ok, f"{detail} italic={italic})")


def _fonts(d: Any) -> list[RuleResult]:
    defaults = d.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    rfonts = defaults.find(qn("w:rFonts")) if defaults is not None else None
    names = {a: rfonts.get(qn(a)) if rfonts is not None else None for a in FONT_ATTRS}
    themes = [a for a in THEME_ATTRS if rfonts is not None and rfonts.get(qn(a))]
    ok = all(v == DOCX_FONT for v in names.values()) and not themes
    out = [RuleResult("font.default", ok, f"{names}; theme attributes: {themes}")]
    others = set()
    parts = [d.element, d.styles["Normal"].element]
    for sec in d.sections:
        parts += [sec.header._element, sec.first_page_header._element]
    for part in parts:
        for rf in part.iter(qn("w:rFonts")):
            for a in FONT_ATTRS:
                v = rf.get(qn(a))
                if v and v != DOCX_FONT:
                    others.add(v)
            others.update(a for a in THEME_ATTRS if rf.get(qn(a)))
    out.append(
        RuleResult("font.family", not others, f"other fonts or theme fonts: {sorted(others)}")
    )
    lang = defaults.find(qn("w:lang")) if defaults is not None else None
    val = lang.get(qn("w:val")) if lang is not None else None
    out.append(RuleResult("font.lang", val == "vi-VN", f"default language {val}"))
    return out


def _page(d: Any) -> list[RuleResult]:
    out = []
    for i, s in enumerate(d.sections):
        w, h = _mm(s.page_width), _mm(s.page_height)
        a4 = w is not None and h is not None and abs(w - 210) < 0.5 and abs(h - 297) < 0.5
        out.append(RuleResult("page.a4", a4, f"section {i + 1}: {w:.1f} × {h:.1f} mm"))
        margins = {
            "top": _mm(s.top_margin),
            "bottom": _mm(s.bottom_margin),
            "left": _mm(s.left_margin),
            "right": _mm(s.right_margin),
        }
        ok = all(in_range(v, L.MARGIN_RANGE_MM[k], 0.1) for k, v in margins.items())
        detail = ", ".join(f"{k} {v:.1f}" for k, v in margins.items() if v is not None)
        out.append(RuleResult("page.margins", ok, f"section {i + 1}: {detail} mm"))
    return out


def _has_page_field(element: Any) -> bool:
    instr = " ".join(t.text or "" for t in element.iter(qn("w:instrText")))
    simple = " ".join(f.get(qn("w:instr"), "") for f in element.iter(qn("w:fldSimple")))
    return "PAGE" in instr.upper().split() or "PAGE" in simple.upper().split()


def _page_numbers(d: Any, default: float) -> RuleResult:
    s = d.sections[0]
    problems = []
    if not s.different_first_page_header_footer:
        problems.append("no different first page")
    elif _has_page_field(s.first_page_header._element):
        problems.append("page 1 header has a PAGE field")
    header = s.header
    paras = [p for p in header.paragraphs if _has_page_field(p._p)]
    if not paras:
        problems.append("no PAGE field in the header")
    else:
        p = paras[0]
        if p.alignment != WD_ALIGN_PARAGRAPH.CENTER:
            problems.append("page number not centred")
        sizes = {r.font.size.pt if r.font.size else default for r in p.runs}
        if not all(in_range(v, L.RANGE["page_number"]) for v in sizes):
            problems.append(f"page number size {sorted(sizes)}")
    return RuleResult(
        "page.numbers",
        not problems,
        "; ".join(problems) or "PAGE field centred in the header, none on page 1",
    )


def _body(d: Any, default: float) -> RuleResult:
    """Justified body paragraphs (first-line indent) must follow the body rules."""
    bad = []
    count = 0
    for p in d.paragraphs:
        fmt = p.paragraph_format
        if p.alignment != WD_ALIGN_PARAGRAPH.JUSTIFY or not p.text.strip():
            continue
        count += 1
        indent = _mm(fmt.first_line_indent)
        after = fmt.space_after.pt if fmt.space_after is not None else 0
        spacing = fmt.line_spacing if isinstance(fmt.line_spacing, float) else None
        props = Props(p, default)
        if not (
            in_range(indent, (10, 12.7), 0.1)
            and after >= 6
            and in_range(spacing, (1, 1.5))
            and in_range(props.size, L.RANGE["body"])
        ):
            bad.append(p.text[:40])
    detail = f"{count} paragraphs" + (f"; wrong: {bad[:3]}" if bad else "")
    return RuleResult("style.body", count > 0 and not bad, detail)


def check_docx(data: bytes, expected: Sequence[str] = ()) -> list[RuleResult]:
    """Check a DOCX against DOCUMENT-FORMAT.md; return one result per rule."""
    d = docx.Document(io.BytesIO(data))
    default = _default_size(d)
    out = [*_page(d), *_fonts(d), _page_numbers(d, default)]
    tables = d.tables
    header_paras = [p for t in tables[:1] for c in t._cells for p in c.paragraphs]

    def find(paras: Sequence[Any], pred: Any) -> Any:
        return next((p for p in paras if p.text.strip() and pred(squash(p.text))), None)

    title = find(header_paras, lambda t: t == NATIONAL_TITLE)
    motto = find(header_paras, lambda t: t == MOTTO)
    out.append(RuleResult("text.national_title", title is not None, NATIONAL_TITLE))
    out.append(RuleResult("text.motto", motto is not None, MOTTO))
    out.append(_style_rule("national_title", title, default, bold=True))
    out.append(_style_rule("motto", motto, default, bold=True))
    rule_ok = (
        motto is not None
        and motto._p.pPr is not None
        and (motto._p.pPr.find(qn("w:pBdr")) is not None)
    )
    out.append(RuleResult("rule.motto", rule_ok, "bottom border under the motto"))
    out.append(
        _style_rule(
            "number", find(header_paras, lambda t: t.startswith("Số:")), default, bold=False
        )
    )
    out.append(
        _style_rule(
            "place_date",
            find(header_paras, lambda t: ", ngày " in t),
            default,
            bold=False,
            italic=True,
        )
    )
    body = d.paragraphs
    doc_type = find(body, lambda t: t.startswith("BÁO CÁO"))
    out.append(_style_rule("doc_type", doc_type, default, bold=True))
    if doc_type is not None:
        i = next(i for i, p in enumerate(body) if p._p is doc_type._p)
        out.append(
            _style_rule("subject", body[i + 1] if i + 1 < len(body) else None, default, bold=True)
        )
    out.append(_body(d, default))
    sign_paras = [p for c in tables[-1]._cells for p in c.paragraphs] if tables else []
    label = find(sign_paras, lambda t: t == "Nơi nhận:")
    out.append(_style_rule("nr_label", label, default, bold=True, italic=True))
    dist = [p for p in sign_paras if p.text.startswith("- ")]
    out.append(
        RuleResult(
            "style.distribution",
            bool(dist)
            and all(in_range(Props(p, default).size, L.RANGE["distribution"]) for p in dist),
            f"{len(dist)} entries",
        )
    )
    grids = [t for t in tables if t.style is not None and t.style.name == "Table Grid"]
    no_repeat = [
        i
        for i, t in enumerate(grids)
        if t._tbl.tr_lst[0].trPr is None or t._tbl.tr_lst[0].trPr.find(qn("w:tblHeader")) is None
    ]
    out.append(
        RuleResult(
            "table.header_repeat",
            not no_repeat,
            f"{len(grids)} tables; without repeated header: {no_repeat}",
        )
    )
    text = "\n".join(p.text for p in d.paragraphs)
    text += "\n" + "\n".join(p.text for t in tables for c in t._cells for p in c.paragraphs)
    out.extend(expected_rules(text, expected))
    return out
