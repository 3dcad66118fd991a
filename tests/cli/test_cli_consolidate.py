"""``dlxh consolidate`` on a demo province: DOCX, PDF and XLSX read back."""

from __future__ import annotations

import json
from pathlib import Path

from docx import Document as DocxDocument
from openpyxl import load_workbook
from pypdf import PdfReader

from dlxh_desktop.documents import check_file, failures


def test_consolidate_three_formats(dlxh, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    home = tmp_path / "home"
    assert dlxh("demo", "--units", "12", "--months", "2", home_dir=home).returncode == 0
    units = json.loads(dlxh("units", "list", "--json", home_dir=home).stdout)
    children = [u for u in units if u["parent"] == "NB"]
    outs = {fmt: tmp_path / f"tong-hop.{fmt}" for fmt in ("pdf", "docx", "xlsx")}
    for fmt, out in outs.items():
        r = dlxh(
            "consolidate", "--period", "2026-10", "--format", fmt, "--out", str(out), home_dir=home
        )
        assert r.returncode == 0, r.stderr
        assert f"/{len(children)} units reported" in r.stdout
    pdf_text = "\n".join(p.extract_text() for p in PdfReader(outs["pdf"]).pages)
    assert "Tổng hợp tình hình tư tưởng, dư luận xã hội" in " ".join(pdf_text.split())
    assert "TÌNH HÌNH CHUNG" in pdf_text
    assert failures(check_file(outs["pdf"])) == []
    assert failures(check_file(outs["docx"])) == []
    docx_text = "\n".join(p.text for p in DocxDocument(str(outs["docx"])).paragraphs)
    assert "ĐƠN VỊ CHƯA GỬI BÁO CÁO" in docx_text.upper()
    wb = load_workbook(outs["xlsx"])
    assert wb.sheetnames == ["Đơn vị", "Chủ đề", "Vụ việc", "Kiến nghị"]
    unit_rows = list(wb["Đơn vị"].iter_rows(min_row=2, values_only=True))
    assert {row[0] for row in unit_rows} == {u["code"] for u in children}


def test_consolidate_refuses_bad_input(dlxh, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    home = tmp_path / "home"
    assert (
        dlxh("setup", "province", "--code", "NB", "--name", "LĐLĐ tỉnh", home_dir=home).returncode
        == 0
    )
    r = dlxh(
        "consolidate",
        "--period",
        "2026-10",
        "--format",
        "pdf",
        "--out",
        str(tmp_path / "x.pdf"),
        home_dir=home,
    )
    assert r.returncode == 1 and "no units below it" in r.stderr
    assert not (tmp_path / "x.pdf").exists()
    r = dlxh(
        "consolidate",
        "--period",
        "Q4",
        "--format",
        "pdf",
        "--out",
        str(tmp_path / "x.pdf"),
        home_dir=home,
    )
    assert r.returncode == 1 and "not a period" in r.stderr
