"""``dlxh demo`` and ``dlxh report render`` end to end, documents parsed back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from dlxh_desktop.documents import check_file, failures


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("demo") / "home"


def test_demo_builds_a_living_province(dlxh, demo_home: Path) -> None:  # type: ignore[no-untyped-def]
    r = dlxh("demo", "--units", "12", "--months", "3", home_dir=demo_home)
    assert r.returncode == 0, r.stderr
    assert "Demo ready" in r.stdout
    units = json.loads(dlxh("units", "list", "--json", home_dir=demo_home).stdout)
    assert len(units) == 13 and units[0]["kind"] == "province"
    assert {u["kind"] for u in units} >= {"province", "grassroots"}
    everything = json.loads(
        dlxh("report", "list", "--json", "--all-units", home_dir=demo_home).stdout
    )
    kinds = {row["kind"] for row in everything}
    statuses = {row["status"] for row in everything}
    assert "monthly" in kinds and len(everything) > 30
    assert {"sent", "acknowledged"} & statuses
    # A second demo into the same folder is refused, and changes nothing.
    again = dlxh("demo", home_dir=demo_home)
    assert again.returncode == 1 and "empty data folder" in again.stderr


def test_render_both_formats_and_parse_them_back(dlxh, demo_home: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    mine = json.loads(dlxh("report", "list", "--json", home_dir=demo_home).stdout)
    monthly = next(row for row in mine if row["kind"] == "monthly" and row["number"])
    shown = json.loads(
        dlxh("report", "show", str(monthly["id"]), "--json", home_dir=demo_home).stdout
    )
    pdf, docx = tmp_path / "r.pdf", tmp_path / "r.docx"
    for fmt, out in (("pdf", pdf), ("docx", docx)):
        r = dlxh(
            "report",
            "render",
            str(monthly["id"]),
            "--format",
            fmt,
            "--out",
            str(out),
            home_dir=demo_home,
        )
        assert r.returncode == 0, r.stderr
        assert failures(check_file(out)) == []
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert f"Số: {monthly['number']}" in text
    first_stream = shown["content"]["streams"][0]["content"]
    assert first_stream.split()[0] in text


def test_render_to_an_unwritable_place_leaves_nothing(
    dlxh, demo_home: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    mine = json.loads(dlxh("report", "list", "--json", home_dir=demo_home).stdout)
    out = tmp_path / "missing-folder" / "r.pdf"
    r = dlxh(
        "report",
        "render",
        str(mine[0]["id"]),
        "--format",
        "pdf",
        "--out",
        str(out),
        home_dir=demo_home,
    )
    assert r.returncode == 1 and "Cannot write" in r.stderr
    assert not out.parent.exists()
    folder = tmp_path / "is-a-folder.pdf"
    folder.mkdir()
    r = dlxh(
        "report",
        "render",
        str(mine[0]["id"]),
        "--format",
        "pdf",
        "--out",
        str(folder),
        home_dir=demo_home,
    )
    assert r.returncode == 1
    assert list(folder.iterdir()) == []
