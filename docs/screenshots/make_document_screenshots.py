"""Render the sample monthly report and make the document screenshots in this folder.

Run from the checkout: ``uv run --frozen python docs/screenshots/make_document_screenshots.py``.
Needs ``pdftoppm`` (poppler-utils) and, for the DOCX view, ``libreoffice`` (writer).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from dlxh_desktop.documents import build_document, samples, write_document

HERE = Path(__file__).resolve().parent


def page_png(pdf: Path, page: int, target: Path) -> None:
    """Page ``page`` of ``pdf`` as a 70 dpi PNG at ``target``."""
    stem = target.with_suffix("")
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "70",
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(pdf),
            str(stem),
        ],
        check=True,
    )


def table_page(pdf: Path) -> int:
    """The first page that shows the incidents table."""
    from pypdf import PdfReader

    for i, page in enumerate(PdfReader(pdf).pages, start=1):
        if "Bảng: Các vụ việc phức tạp" in " ".join(page.extract_text().split()):
            return i
    return 1


def main() -> None:
    doc = build_document(
        samples.monthly_report(),
        samples.letterhead(),
        samples.topics(),
        issue_date=samples.ISSUE_DATE,
    )
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        pdf = write_document(doc, work / "bao-cao-thang.pdf", "pdf")
        docx = write_document(doc, work / "bao-cao-thang.docx", "docx")
        page_png(pdf, 1, HERE / "document-pdf-page1.png")
        page_png(pdf, table_page(pdf), HERE / "document-pdf-table.png")
        office = shutil.which("libreoffice") or shutil.which("soffice")
        if office:
            subprocess.run(
                [
                    office,
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    str(work / "lo"),
                    str(docx),
                ],
                check=True,
                capture_output=True,
                timeout=180,
            )
            page_png(
                work / "lo" / "bao-cao-thang.pdf", 1, HERE / "document-docx-libreoffice-page1.png"
            )
        else:
            print("libreoffice not found: DOCX screenshot skipped")


if __name__ == "__main__":
    main()
