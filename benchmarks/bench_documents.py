"""Document rendering: a typical monthly report and a long one, in DOCX and PDF.

Beside each, a floor measured in the same run (reportlab rendering a one-paragraph document,
python-docx saving an empty one) and the time LibreOffice takes to convert the same DOCX to
PDF (what a user does today). Target: a typical report under 150 ms per format, warm.
Run alone: ``uv run --frozen python benchmarks/bench_documents.py``.
"""

from __future__ import annotations

import io
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from dlxh_desktop.documents import Document, build_document, render, samples

TARGET_SECONDS = 0.150


def median_time(fn: Callable[[], Any], n: int) -> float:
    """Median wall time of ``n`` calls after one warm-up call."""
    fn()
    times = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _reportlab_floor() -> bytes:
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(
        [Paragraph("Một đoạn văn.", getSampleStyleSheet()["Normal"])]
    )
    return out.getvalue()


def _docx_floor() -> bytes:
    out = io.BytesIO()
    docx.Document().save(out)
    return out.getvalue()


def _doc(report: Any) -> Document:
    return build_document(
        report, samples.letterhead(), samples.topics(), issue_date=samples.ISSUE_DATE
    )


def _row(name: str, seconds: float, floor: float, note: str) -> dict[str, Any]:
    return {
        "name": name,
        "seconds": round(seconds, 4),
        "floor_seconds": round(floor, 4),
        "ratio": round(seconds / floor, 1) if floor else None,
        "note": note,
    }


def _libreoffice(data: bytes) -> float | None:
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if not office:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "report.docx"
        src.write_bytes(data)
        start = time.perf_counter()
        subprocess.run(
            [office, "--headless", "--convert-to", "pdf", "--outdir", tmp, str(src)],
            check=True,
            capture_output=True,
            timeout=300,
        )
        return time.perf_counter() - start


def run(n: int = 15) -> list[dict[str, Any]]:
    """Rows {name, seconds, floor_seconds, ratio, note}; seconds are medians of ``n`` runs."""
    pdf_floor = median_time(_reportlab_floor, n)
    docx_floor = median_time(_docx_floor, n)
    monthly = _doc(samples.monthly_report())
    long = _doc(samples.long_report())
    rows = []
    for fmt, floor, floor_note in (
        ("pdf", pdf_floor, "floor: reportlab, one-paragraph document"),
        ("docx", docx_floor, "floor: python-docx saving an empty document"),
    ):
        typical = median_time(lambda fmt=fmt: render(monthly, fmt), n)
        verdict = "meets" if typical < TARGET_SECONDS else "MISSES"
        rows.append(
            _row(
                f"render monthly report ({fmt})",
                typical,
                floor,
                f"{floor_note}; {verdict} the 150 ms target",
            )
        )
        rows.append(
            _row(
                f"render long report, 300 streams + 100 incidents ({fmt})",
                median_time(lambda fmt=fmt: render(long, fmt), 3),
                floor,
                floor_note,
            )
        )
    data = render(monthly, "docx")
    lo = _libreoffice(data)
    if lo is None:
        rows.append(
            _row(
                "libreoffice --convert-to pdf (monthly docx)",
                0.0,
                0.0,
                "skipped: libreoffice not installed",
            )
        )
    else:
        rows.append(
            _row(
                "libreoffice --convert-to pdf (monthly docx)",
                lo,
                median_time(lambda: render(monthly, "pdf"), 3),
                "cold process, what a user does today; floor = our PDF writer",
            )
        )
    return rows


if __name__ == "__main__":
    for row in run():
        print(
            f"{row['name']:<62} {row['seconds'] * 1000:9.1f} ms  floor "
            f"{row['floor_seconds'] * 1000:7.1f} ms  x{row['ratio']}  {row['note']}"
        )
