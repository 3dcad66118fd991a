"""Text hygiene before drawing: NFC, control characters, glyphs the font lacks."""

from __future__ import annotations

import unicodedata

from .fonts import covered_codepoints

#: Drawn in place of a character the font cannot show (it is in the font itself).
REPLACEMENT = "\u25a1"  # □

# Invisible format characters pasted from the web or Word: meant to be invisible, removed.
_INVISIBLE = {0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF}
# Characters turned into plain equivalents before the coverage check.
_EQUIVALENTS = {"\t": " ", "\r\n": "\n", "\r": "\n", "\u2028": "\n", "\u2029": "\n"}


def clean(text: str) -> str:
    """Normalise to NFC and replace every character the shipped font lacks with "□".

    Line breaks (``\\n``) are kept; tabs become spaces; C0/C1 control characters, lone
    surrogates and anything outside the font's cmap are visibly replaced, never dropped. Both
    writers call this, so the DOCX and the PDF carry the same text.
    """
    for old, new in _EQUIVALENTS.items():
        if old in text:
            text = text.replace(old, new)
    text = unicodedata.normalize("NFC", text)
    covered = covered_codepoints()
    if all(ord(c) in covered or c == "\n" for c in text):
        return text
    out = []
    for c in text:
        cp = ord(c)
        if c == "\n" or cp in covered:
            out.append(c)
        elif cp in _INVISIBLE:
            continue
        else:
            out.append(REPLACEMENT)
    return "".join(out)


def unsupported(text: str) -> list[str]:
    """Distinct characters of ``text`` (after NFC) that ``clean`` would replace."""
    covered = covered_codepoints()
    norm = unicodedata.normalize("NFC", text)
    seen: dict[str, None] = {}
    for c in norm:
        if c not in "\n\t\r" and ord(c) not in covered and ord(c) not in _INVISIBLE:
            seen[c] = None
    return list(seen)
