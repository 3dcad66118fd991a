"""Read a DOCX or PDF back and check it against DOCUMENT-FORMAT.md, rule by rule.

Each check returns ``RuleResult(rule, passed, detail)``. The PDF side uses pypdf (a development
dependency: it is imported lazily, so the program runs without it).
"""

from __future__ import annotations

import io
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from . import layout as L
from .model import MOTTO, NATIONAL_TITLE

MM = 72 / 25.4
A4_PT = (210 * MM, 297 * MM)


class RuleResult(NamedTuple):
    rule: str
    passed: bool
    detail: str


def failures(results: Iterable[RuleResult]) -> list[RuleResult]:
    """The results that did not pass."""
    return [r for r in results if not r.passed]


def squash(text: str) -> str:
    """NFC with runs of whitespace collapsed to one space (to compare extracted text)."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def expected_rules(text: str, expected: Sequence[str]) -> list[RuleResult]:
    """One rule listing every expected string missing from the extracted text."""
    if not expected:
        return []
    haystack = squash(text)
    missing = [e for e in expected if squash(e) not in haystack]
    detail = f"{len(expected) - len(missing)}/{len(expected)} found"
    if missing:
        detail += "; missing: " + "; ".join(repr(m) for m in missing[:5])
    return [RuleResult("text.expected", not missing, detail)]


def in_range(value: float | None, bounds: tuple[float, float], tol: float = 0.01) -> bool:
    return value is not None and bounds[0] - tol <= value <= bounds[1] + tol


def check_file(path: str | os.PathLike[str], expected: Sequence[str] = ()) -> list[RuleResult]:
    """Check a .docx or .pdf file (told apart by content, not by name)."""
    data = Path(path).read_bytes()
    if data[:5] == b"%PDF-":
        return check_pdf(data, expected)
    if data[:2] == b"PK":
        from .conformance_docx import check_docx

        return check_docx(data, expected)
    return [RuleResult("file.format", False, "neither a PDF nor a DOCX file")]


def check_docx(data: bytes, expected: Sequence[str] = ()) -> list[RuleResult]:
    """Check a DOCX (see ``conformance_docx``)."""
    from .conformance_docx import check_docx as _check

    return _check(data, expected)


# -- PDF ----------------------------------------------------------------------------------------


@dataclass
class Span:
    page: int  # 1-based
    text: str
    x: float
    y: float
    size: float
    font: str

    @property
    def bold(self) -> bool:
        return "Bold" in self.font

    @property
    def italic(self) -> bool:
        return "Italic" in self.font or "Oblique" in self.font


def pdf_spans(data: bytes) -> tuple[list[Span], list[tuple[float, float]], Any]:
    """Text spans with absolute positions, the page sizes, and the pypdf reader."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    spans: list[Span] = []
    sizes = []
    for n, page in enumerate(reader.pages, start=1):
        sizes.append((float(page.mediabox.width), float(page.mediabox.height)))

        def visit(text: str, cm: Any, tm: Any, fd: Any, fs: float, n: int = n) -> None:
            if not text.strip():
                return
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scale = abs(tm[3] * cm[3]) or 1.0  # unrotated text: vertical scale
            font = str(fd.get("/BaseFont", "")) if fd else ""
            spans.append(Span(n, text, x, y, round(float(fs) * scale, 2), font))

        page.extract_text(visitor_text=visit)
    return spans, sizes, reader


def _pdf_fonts(reader: Any) -> tuple[set[str], set[str]]:
    """Names of fonts embedded and not embedded, over every page's resources."""
    embedded: set[str] = set()
    missing: set[str] = set()
    for page in reader.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            name = str(font.get("/BaseFont", "?"))
            targets = [font]
            if font.get("/Subtype") == "/Type0":
                targets = [d.get_object() for d in font["/DescendantFonts"]]
            ok = all(
                any(
                    k in t.get("/FontDescriptor", {})
                    for k in ("/FontFile", "/FontFile2", "/FontFile3")
                )
                for t in targets
            )
            (embedded if ok else missing).add(name)
    return embedded, missing


def _find(spans: list[Span], pred: Any) -> Span | None:
    return next((s for s in spans if pred(squash(s.text))), None)


def _style_rule(name: str, span: Span | None, *, bold: bool, italic: bool = False) -> RuleResult:
    bounds = L.RANGE[name]
    if span is None:
        return RuleResult(f"style.{name}", False, "element not found")
    ok = in_range(span.size, bounds) and span.bold == bold and span.italic == italic
    detail = f"{span.size:g} pt, bold={span.bold}, italic={span.italic} (want {bounds[0]:g}–"
    detail += f"{bounds[1]:g} pt, bold={bold}, italic={italic})"
    return RuleResult(f"style.{name}", ok, detail)


def check_pdf(data: bytes, expected: Sequence[str] = ()) -> list[RuleResult]:
    """Check a PDF: A4, margins, embedded fonts, header texts and styles, page numbers, text."""
    spans, sizes, reader = pdf_spans(data)
    out: list[RuleResult] = []
    bad = [
        i + 1 for i, (w, h) in enumerate(sizes) if abs(w - A4_PT[0]) > 1 or abs(h - A4_PT[1]) > 1
    ]
    out.append(
        RuleResult("page.a4", not bad, f"{len(sizes)} pages" + (f"; not A4: {bad}" if bad else ""))
    )

    embedded, missing = _pdf_fonts(reader)
    out.append(
        RuleResult(
            "font.embedded",
            bool(embedded) and not missing,
            f"embedded: {sorted(embedded)}; not embedded: {sorted(missing)}",
        )
    )
    families = {re.sub(r"^/?([A-Z]{6}\+)?", "", s.font).split("-")[0] for s in spans}
    allowed = {"LiberationSerif", "TimesNewRoman", "TimesNewRomanPSMT"}
    out.append(
        RuleResult("font.family", bool(families) and families <= allowed, f"{sorted(families)}")
    )

    w, h = sizes[0] if sizes else A4_PT
    top_band = h - L.MARGIN_RANGE_MM["top"][0] * MM
    numbers = [s for s in spans if s.y > top_band]
    content = [s for s in spans if s.y <= top_band]
    out.append(_margins(content, w, h))
    out.append(_page_numbers(numbers, len(sizes), w))

    first = [s for s in content if s.page == 1]
    title = _find(first, lambda t: t == NATIONAL_TITLE)
    motto = _find(first, lambda t: t == MOTTO)
    out.append(RuleResult("text.national_title", title is not None, NATIONAL_TITLE))
    out.append(RuleResult("text.motto", motto is not None, MOTTO))
    out.append(_style_rule("national_title", title, bold=True))
    out.append(_style_rule("motto", motto, bold=True))
    out.append(_style_rule("number", _find(first, lambda t: t.startswith("Số:")), bold=False))
    date = _find(first, lambda t: bool(re.search(r", ngày \d\d tháng \d+ năm \d{4}$", t)))
    out.append(_style_rule("place_date", date, bold=False, italic=True))
    label = _find(content, lambda t: t == "Nơi nhận:")
    out.append(_style_rule("nr_label", label, bold=True, italic=True))
    if label is not None:
        dist = [
            s
            for s in content
            if s.page == label.page
            and s.y < label.y
            and abs(s.x - label.x) < 2
            and squash(s.text).startswith("- ")
        ]
        sizes_ok = bool(dist) and all(in_range(s.size, L.RANGE["distribution"]) for s in dist)
        out.append(RuleResult("style.distribution", sizes_ok, f"{len(dist)} entries"))
    out.append(_body_sizes(content))
    text = "".join(s.text for s in content)
    out.append(
        RuleResult("text.nfc", unicodedata.is_normalized("NFC", text), "extracted text is NFC")
    )
    out.extend(expected_rules(text, expected))
    return out


def pdf_text(data: bytes) -> str:
    """The PDF's text without page numbers, as a reader copies it."""
    spans, sizes, _ = pdf_spans(data)
    h = sizes[0][1] if sizes else A4_PT[1]
    top_band = h - L.MARGIN_RANGE_MM["top"][0] * MM
    return "".join(s.text for s in spans if s.y <= top_band)


def _body_sizes(spans: list[Span]) -> RuleResult:
    """Body paragraphs start with a first-line indent: those first lines must be 13–14 pt."""
    if not spans:
        return RuleResult("style.body", False, "no text")
    left = min(s.x for s in spans)
    firsts = [s for s in spans if abs(s.x - left - L.FIRST_LINE_INDENT_MM * MM) < 0.5 * MM]
    sizes = Counter(s.size for s in firsts)
    ok = bool(firsts) and all(in_range(v, L.RANGE["body"]) for v in sizes)
    return RuleResult("style.body", ok, f"{len(firsts)} paragraphs, sizes {dict(sizes)}")


def _margins(spans: list[Span], w: float, h: float) -> RuleResult:
    if not spans:
        return RuleResult("page.margins", False, "no text")
    from .fonts import text_width

    left = min(s.x for s in spans) / MM
    right = (
        min(
            w - s.x - text_width(s.text.strip(), s.size, bold=s.bold, italic=s.italic)
            for s in spans
        )
        / MM
    )
    top = min(h - s.y - s.size * 0.9 for s in spans) / MM
    bottom = min(s.y - s.size * 0.25 for s in spans) / MM
    # right is estimated from natural widths: justified lines may shrink spaces a little
    ok = (
        left >= L.MARGIN_RANGE_MM["left"][0] - 0.5
        and right >= L.MARGIN_RANGE_MM["right"][0] - 1.5
        and top >= L.MARGIN_RANGE_MM["top"][0] - 0.5
        and bottom >= L.MARGIN_RANGE_MM["bottom"][0] - 0.5
    )
    detail = (
        f"text inside left {left:.1f}, right {right:.1f}, top {top:.1f}, bottom {bottom:.1f} mm"
    )
    return RuleResult("page.margins", ok, detail)


def _page_numbers(numbers: list[Span], pages: int, w: float) -> RuleResult:
    on_first = [s for s in numbers if s.page == 1]
    problems = [f"page 1 has {squash(on_first[0].text)!r}"] if on_first else []
    centres = (
        w / 2,
        (L.MARGIN_RANGE_MM["left"][0] * MM + w - L.MARGIN_RANGE_MM["right"][0] * MM) / 2,
    )
    for p in range(2, pages + 1):
        mine = [s for s in numbers if s.page == p]
        if len(mine) != 1 or squash(mine[0].text) != str(p):
            problems.append(f"page {p}: {[squash(s.text) for s in mine]}")
            continue
        s = mine[0]
        from .fonts import text_width

        mid = s.x + text_width(str(p), s.size) / 2
        if min(abs(mid - c) for c in centres) > 10 * MM or not in_range(
            s.size, L.RANGE["page_number"]
        ):
            problems.append(f"page {p}: number at {mid / MM:.0f} mm, {s.size:g} pt")
    return RuleResult(
        "page.numbers",
        not problems,
        "; ".join(problems[:5]) or f"none on page 1, 2..{pages} centred at the top",
    )
