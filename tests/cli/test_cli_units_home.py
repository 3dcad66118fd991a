"""Units import/list and data-folder problems through the real command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_support import db_snapshot
from openpyxl import Workbook

from dlxh_desktop.paths import DataHome
from dlxh_desktop.services.app import Services

ROWS = [
    ("code", "name", "kind", "parent", "symbol"),
    ("KCN", "Công đoàn các Khu công nghiệp tỉnh", "industrial_zone", "NB", "CĐKCN"),
    ("KCN-001", "CĐCS Công ty TNHH Giày Adora Việt Nam", "grassroots", "KCN", ""),
    ("GD", "Công đoàn ngành Giáo dục", "sector", "NB", "CĐGD"),
]


@pytest.fixture
def province(dlxh, home: Path) -> Path:  # type: ignore[no-untyped-def]
    r = dlxh("setup", "province", "--code", "NB", "--name", "Liên đoàn Lao động tỉnh Ninh Bình")
    assert r.returncode == 0, r.stderr
    return home


def _csv(path: Path, rows: list[tuple[str, ...]]) -> Path:
    path.write_text("\n".join(",".join(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_import_csv_and_xlsx_then_list(dlxh, province: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert dlxh("units", "import", str(_csv(tmp_path / "u.csv", ROWS))).returncode == 0
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row in [ROWS[0], ("YT", "Công đoàn ngành Y tế", "sector", "NB", "CĐYT")]:
        ws.append(row)
    wb.save(tmp_path / "u.xlsx")
    r = dlxh("units", "import", str(tmp_path / "u.xlsx"))
    assert r.returncode == 0, r.stderr
    listed = json.loads(dlxh("units", "list", "--json").stdout)
    assert [u["code"] for u in listed] == ["NB", "GD", "KCN", "KCN-001", "YT"]
    assert {u["code"]: u["depth"] for u in listed}["KCN-001"] == 2
    assert "Công đoàn ngành Y tế" in dlxh("units", "list").stdout


@pytest.mark.parametrize(
    ("rows", "needle"),
    [
        ([("ma", "ten"), ("X", "x")], "must start with the columns"),
        ([ROWS[0], ("X", "x", "planet", "NB", "")], "Row 2"),
        ([ROWS[0], ("A", "a", "other", "B", ""), ("B", "b", "other", "A", "")], "own ancestor"),
        ([ROWS[0], ("A", "a", "other", "NOPE", "")], "not in the tree"),
    ],
)
def test_bad_unit_files_import_nothing(  # type: ignore[no-untyped-def]
    dlxh, province: Path, tmp_path: Path, rows: list[tuple[str, ...]], needle: str
) -> None:
    before = db_snapshot(province)
    r = dlxh("units", "import", str(_csv(tmp_path / "bad.csv", rows)))
    assert r.returncode == 1 and needle in r.stderr, r.stderr
    assert db_snapshot(province) == before


def test_non_utf8_and_fake_xlsx_are_refused(dlxh, province: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    latin = tmp_path / "latin.csv"
    latin.write_bytes("code,name,kind\nX,Công đoàn,other\n".encode("utf-16"))
    r = dlxh("units", "import", str(latin))
    assert r.returncode == 1 and "not UTF-8" in r.stderr
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"PK\x03\x04 not really")
    r = dlxh("units", "import", str(fake))
    assert r.returncode == 1 and "not an Excel" in r.stderr


def test_folder_open_elsewhere_is_refused(dlxh, province: Path) -> None:  # type: ignore[no-untyped-def]
    with Services.open(DataHome(province)):
        r = dlxh("report", "list")
    assert r.returncode == 1
    assert "already open in another DLXH window or command" in r.stderr


def test_unset_folder_and_usage_errors(dlxh, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    r = dlxh("report", "list", home_dir=tmp_path / "empty")
    assert r.returncode == 1 and "not set up yet" in r.stderr
    assert dlxh("report", "frobnicate").returncode == 2
    assert dlxh("demo", "--units", "3").returncode == 2
