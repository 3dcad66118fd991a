"""Both writers, parsed back: PDF text (pypdf), DOCX XML, conformance of every kind."""

from __future__ import annotations

import io
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from dlxh_desktop.documents import (
    FORMATS,
    Format,
    build_document,
    check_docx,
    check_file,
    failures,
    render,
    samples,
    unsupported,
    write_document,
)
from dlxh_desktop.documents.conformance import pdf_text
from dlxh_desktop.domain.letterhead import Letterhead
from dlxh_desktop.domain.reports import ReportContent

from .conftest import KINDS

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

MONTHLY_STRINGS = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "TỔNG LĐLĐ VIỆT NAM",
    "LIÊN ĐOÀN LAO ĐỘNG TỈNH NINH BÌNH",
    "Số: 05/BC-LĐLĐ",
    "Ninh Bình, ngày 16 tháng 10 năm 2026",
    "BÁO CÁO",
    "Tình hình tư tưởng, dư luận xã hội trong đoàn viên, người lao động tháng 10/2026",
    "Kính gửi: Ban Tuyên giáo - Nữ công Tổng LĐLĐ Việt Nam",
    "I. TÌNH HÌNH TƯ TƯỞNG CỦA ĐOÀN VIÊN, NGƯỜI LAO ĐỘNG",
    "1. Việc làm",
    "- Chiều hướng: tiêu cực.",
    "- Chiều hướng: trái chiều.",
    "- Kênh nắm bắt: cộng tác viên DLXH, Zalo.",
    "Đối với Ủy ban nhân dân tỉnh",
    "TM. BAN THƯỜNG VỤ",
    "PHÓ CHỦ TỊCH THƯỜNG TRỰC",
    "Trần Kim Long",
    "Nơi nhận:",
    "- Lưu: VT, TG-NC.",
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", list(KINDS))
def test_every_kind_conforms(kind: str, fmt: Format, tmp_path: Path) -> None:
    doc = KINDS[kind]()
    out = write_document(doc, tmp_path / f"{kind}.{fmt}", fmt)
    results = check_file(out, expected=[doc.subject, doc.signature.signer, doc.header.place_date])
    assert not failures(results), failures(results)
    assert {r.rule for r in results} >= {"page.a4", "page.margins", "page.numbers", "text.motto"}


def test_pdf_text_is_the_exact_vietnamese(tmp_path: Path) -> None:
    data = render(KINDS["monthly"](), "pdf")
    text = " ".join(pdf_text(data).split())
    assert unicodedata.is_normalized("NFC", text)
    for s in MONTHLY_STRINGS:
        assert s in text, s


def test_pdf_embeds_liberation_serif_only() -> None:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(render(KINDS["quick"](), "pdf")))
    fonts: Any = reader.pages[0]["/Resources"]["/Font"]  # type: ignore[index]
    names = {str(f.get_object()["/BaseFont"]).split("+")[-1] for f in fonts.values()}
    assert names <= {
        "LiberationSerif",
        "LiberationSerif-Bold",
        "LiberationSerif-Italic",
        "LiberationSerif-BoldItalic",
    }
    for f in fonts.values():
        assert "/FontFile2" in f.get_object()["/FontDescriptor"]


def _docx_xml(data: bytes, part: str) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return etree.fromstring(z.read(part))


def _para_with(root: etree._Element, text: str) -> etree._Element:
    for p in root.iter(f"{W}p"):
        if "".join(t.text or "" for t in p.iter(f"{W}t")) == text:
            return p
    raise AssertionError(f"no paragraph {text!r}")


def _run_props(p: etree._Element) -> tuple[str | None, bool, bool]:
    r = next(r for r in p.iter(f"{W}r") if "".join(t.text or "" for t in r.iter(f"{W}t")))
    rpr = r.find(f"{W}rPr")
    assert rpr is not None
    sz = rpr.find(f"{W}sz")

    def on(tag: str) -> bool:
        e = rpr.find(f"{W}{tag}")
        return e is not None and e.get(f"{W}val") not in ("0", "false")

    return (sz.get(f"{W}val") if sz is not None else None), on("b"), on("i")


def test_docx_xml_sizes_styles_margins_fonts() -> None:
    data = render(KINDS["monthly"](), "docx")
    doc = _docx_xml(data, "word/document.xml")
    styles = _docx_xml(data, "word/styles.xml")
    mar = doc.find(f".//{W}sectPr/{W}pgMar")
    assert mar is not None
    assert {k: int(mar.get(f"{W}{k}") or 0) for k in ("top", "bottom", "left", "right")} == {
        "top": 1134,
        "bottom": 1134,
        "left": 1701,
        "right": 850,
    }
    size = doc.find(f".//{W}sectPr/{W}pgSz")
    assert size is not None and (size.get(f"{W}w"), size.get(f"{W}h")) == ("11906", "16838")
    assert doc.find(f".//{W}sectPr/{W}titlePg") is not None
    rfonts = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}rFonts")
    assert rfonts is not None
    assert {k.replace(W, ""): v for k, v in rfonts.attrib.items()} == {
        "ascii": "Times New Roman",
        "hAnsi": "Times New Roman",
        "eastAsia": "Times New Roman",
        "cs": "Times New Roman",
    }
    lang = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    assert lang is not None and lang.get(f"{W}val") == "vi-VN"
    expect = {
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": ("24", True, False),
        "Độc lập - Tự do - Hạnh phúc": ("26", True, False),
        "TỔNG LĐLĐ VIỆT NAM": ("24", False, False),
        "LIÊN ĐOÀN LAO ĐỘNG TỈNH NINH BÌNH": ("24", True, False),
        "Số: 05/BC-LĐLĐ": ("26", False, False),
        "Ninh Bình, ngày 16 tháng 10 năm 2026": ("28", False, True),
        "BÁO CÁO": ("28", True, False),
        "Nơi nhận:": ("24", True, True),
        "- Như trên;": ("22", False, False),
        "Trần Kim Long": ("28", True, False),
    }
    for text, props in expect.items():
        assert _run_props(_para_with(doc, text)) == props, text
    body = _para_with(doc, "I. TÌNH HÌNH TƯ TƯỞNG CỦA ĐOÀN VIÊN, NGƯỜI LAO ĐỘNG")
    ppr = body.find(f"{W}pPr")
    assert ppr is not None
    assert ppr.find(f"{W}jc").get(f"{W}val") == "both"
    assert ppr.find(f"{W}ind").get(f"{W}firstLine") == "720"
    headers = [_docx_xml(data, f"word/header{i}.xml") for i in (1, 2)]
    fields = ["".join(t.text or "" for t in h.iter(f"{W}instrText")) for h in headers]
    assert sorted(f.strip() for f in fields) == ["", "PAGE"]  # default header numbered, first not


def test_missing_signer_renders_placeholder(tmp_path: Path) -> None:
    lh = Letterhead(issuing_body="LIÊN ĐOÀN LAO ĐỘNG TỈNH NINH BÌNH", symbol="LĐLĐ")
    doc = build_document(
        samples.quick_report(), lh, samples.topics(), issue_date=samples.ISSUE_DATE
    )
    text = " ".join(pdf_text(render(doc, "pdf")).split())
    assert "[chưa có tên người ký]" in text and "[CHƯA CÓ CHỨC VỤ NGƯỜI KÝ]" in text
    out = write_document(doc, tmp_path / "q.docx", "docx")
    assert not failures(check_file(out, expected=["[chưa có tên người ký]"]))


def test_unsupported_characters_are_visibly_replaced() -> None:
    weird = "Ý kiến 中文 và 😀, ký tự điều khiển\x07 cuối"
    report = samples.quick_report()
    report = type(report)(**{**report.__dict__, "content": ReportContent(assessment=weird)})
    assert unsupported(weird) == ["中", "文", "😀", "\x07"]
    doc = build_document(
        report, samples.letterhead(), samples.topics(), issue_date=samples.ISSUE_DATE
    )
    want = "Ý kiến □□ và □, ký tự điều khiển□ cuối"
    assert want in " ".join(pdf_text(render(doc, "pdf")).split())
    assert not failures(check_docx(render(doc, "docx"), [want]))


def test_decomposed_input_is_drawn_composed() -> None:
    decomposed = unicodedata.normalize("NFD", "Người lao động phấn khởi")
    report = samples.quick_report()
    report = type(report)(**{**report.__dict__, "content": ReportContent(assessment=decomposed)})
    doc = build_document(
        report, samples.letterhead(), samples.topics(), issue_date=samples.ISSUE_DATE
    )
    assert "Người lao động phấn khởi" in pdf_text(render(doc, "pdf"))
