"""The shipped PDF font (Liberation Serif 2, SIL OFL 1.1) and its glyph coverage."""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from dlxh_desktop.resources import resource_path

#: Name the DOCX asks for on every script (Decree 30/2020: Times New Roman, TCVN 6909:2001).
DOCX_FONT = "Times New Roman"
#: Family registered with reportlab; metric-compatible with Times New Roman.
PDF_FAMILY = "LiberationSerif"

FACES: dict[tuple[bool, bool], tuple[str, str]] = {
    (False, False): ("LiberationSerif", "LiberationSerif-Regular.ttf"),
    (True, False): ("LiberationSerif-Bold", "LiberationSerif-Bold.ttf"),
    (False, True): ("LiberationSerif-Italic", "LiberationSerif-Italic.ttf"),
    (True, True): ("LiberationSerif-BoldItalic", "LiberationSerif-BoldItalic.ttf"),
}


def face_name(bold: bool = False, italic: bool = False) -> str:
    """The reportlab font name of one face (fonts must be registered first)."""
    return FACES[(bold, italic)][0]


@cache
def register_fonts() -> str:
    """Register the four faces with reportlab as one family; return the family name.

    Registration is process-wide and done once; the TTF files are embedded (subset) in every
    PDF that uses them.
    """
    for name, filename in FACES.values():
        path = resource_path("fonts", filename)
        pdfmetrics.registerFont(TTFont(name, str(path)))
    for (bold, italic), (name, _) in FACES.items():
        addMapping(PDF_FAMILY, int(bold), int(italic), name)
    return PDF_FAMILY


@cache
def covered_codepoints() -> frozenset[int]:
    """Code points every face of the shipped font can draw (intersection of the cmaps)."""
    register_fonts()
    sets = []
    for name, _ in FACES.values():
        font = pdfmetrics.getFont(name)
        assert isinstance(font, TTFont)
        sets.append(frozenset(font.face.charToGlyph))
    return frozenset.intersection(*sets)


def text_width(text: str, size: float, *, bold: bool = False, italic: bool = False) -> float:
    """Width in points of ``text`` set in the shipped font (same metrics as Times New Roman)."""
    register_fonts()
    return float(pdfmetrics.stringWidth(text, face_name(bold, italic), size))
