"""Official documents (DOCX and PDF) built from reports, in the Decree 30/2020 layout.

Public API::

    doc = build_document(report, letterhead, topics, issue_date=date.today())
    doc = build_consolidated_document(letterhead, period, sections, issue_date=...)
    data = render(doc, "pdf")                      # or render_docx(doc) / render_pdf(doc)
    write_document(doc, "out.pdf", "pdf")          # atomic; DlxhError("output_unwritable")
    results = check_file("out.pdf")                # conformance: list of RuleResult
"""

from __future__ import annotations

from .builder import build_consolidated_document, build_document, subject_of
from .conformance import RuleResult, check_docx, check_file, check_pdf, failures
from .docx_writer import render_docx
from .model import BarChart, Block, Document, Paragraph, Run, Section, Table
from .output import FORMATS, Format, render, write_atomic, write_document
from .pdf_writer import render_pdf
from .text import unsupported

__all__ = [
    "FORMATS",
    "BarChart",
    "Block",
    "Document",
    "Format",
    "Paragraph",
    "RuleResult",
    "Run",
    "Section",
    "Table",
    "build_consolidated_document",
    "build_document",
    "check_docx",
    "check_file",
    "check_pdf",
    "failures",
    "render",
    "render_docx",
    "render_pdf",
    "subject_of",
    "unsupported",
    "write_atomic",
    "write_document",
]
