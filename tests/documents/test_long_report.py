"""A long report (300 opinion streams, 100 incidents) paginates without losing text."""

from __future__ import annotations

import io
import re
import zipfile

from dlxh_desktop.documents import Document, check_docx, check_pdf, failures, render
from dlxh_desktop.documents.body import INCIDENT_HEADER
from dlxh_desktop.documents.conformance import pdf_text


def test_long_pdf_keeps_every_stream_and_repeats_table_header(long_doc: Document) -> None:
    data = render(long_doc, "pdf")
    expected = [f"Luồng ý kiến số {i:03d}:" for i in range(1, 301)]
    expected += [f"Vụ việc số {i:03d}" for i in range(1, 101)]
    expected += [f"Đề xuất số {i:03d}" for i in range(1, 301)]
    results = check_pdf(data, expected)
    assert not failures(results), failures(results)
    text = " ".join(pdf_text(data).split())
    # the incidents table spans several pages, its header row printed on each
    assert text.count("Kết quả giải quyết, vai trò công đoàn") >= 3
    from pypdf import PdfReader

    assert len(PdfReader(io.BytesIO(data)).pages) > 30


def test_long_docx_conforms_and_marks_header_rows(long_doc: Document) -> None:
    data = render(long_doc, "docx")
    expected = [f"Luồng ý kiến số {i:03d}:" for i in range(1, 301)]
    results = check_docx(data, expected)
    assert not failures(results), failures(results)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode()
    assert xml.count("<w:tblHeader/>") >= 2
    assert len(re.findall(r"Vụ việc số \d{3}", xml)) == 100
    assert INCIDENT_HEADER[-1] in xml
