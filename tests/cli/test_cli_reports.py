"""Every report command end to end through the real ``dlxh`` process."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from cli_support import TEST_PASSPHRASE, db_snapshot, last_line

from dlxh_desktop.domain.report_json import report_from_json, report_schema

CONTENT = {
    "assessment": "Tình hình tư tưởng của đoàn viên, người lao động cơ bản ổn định.",
    "streams": [
        {
            "topic": "tien-luong",
            "content": "Người lao động phấn khởi khi lương tối thiểu vùng tăng 6%.",
            "trend": "positive",
            "scope_people": 3200,
            "channels": ["meeting", "zalo"],
            "cause": "Nghị định 74/2024/NĐ-CP có hiệu lực.",
            "forecast": "Tâm lý ổn định đến cuối năm.",
            "proposal": "Giám sát việc điều chỉnh thang, bảng lương.",
        }
    ],
    "incidents": [
        {
            "kind": "work_stoppage",
            "title": "Ngừng việc tập thể tại Công ty TNHH Giày Đồng Tiến",
            "start": "2026-10-02",
            "end": "2026-10-03",
            "enterprise": "Công ty TNHH Giày Đồng Tiến",
            "ownership": "foreign",
            "workers_involved": 420,
            "workforce": 1500,
            "cause_demands": "Đề nghị tăng tiền ăn ca.",
            "sensitive": True,
        }
    ],
}


@pytest.fixture(scope="module")
def _province_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A set-up province folder made once through the real command, copied per test."""
    home = tmp_path_factory.mktemp("template") / "home"
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "dlxh_desktop.cli.main",
            "--home",
            str(home),
            "setup",
            "province",
            "--code",
            "NB",
            "--name",
            "Liên đoàn Lao động tỉnh Ninh Bình",
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "DLXH_KEY_PASSPHRASE": TEST_PASSPHRASE},
    )
    assert r.returncode == 0, r.stderr
    return home


@pytest.fixture
def province(_province_template: Path, home: Path) -> Path:
    shutil.copytree(_province_template, home)
    return home


def _new(dlxh, tmp_path: Path, content: dict | None = None) -> int:  # type: ignore[no-untyped-def]
    args = ["report", "new", "--kind", "monthly", "--period", "2026-10"]
    if content is not None:
        f = tmp_path / "in.json"
        f.write_text(json.dumps({"content": content}, ensure_ascii=False), encoding="utf-8")
        args += ["--from-json", str(f)]
    r = dlxh(*args)
    assert r.returncode == 0, r.stderr
    return int(last_line(r.stdout))


def test_draft_finalize_amend_cycle(dlxh, province: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rid = _new(dlxh, tmp_path, CONTENT)
    assert dlxh("report", "validate", str(rid)).returncode == 0
    fin = dlxh("report", "finalize", str(rid))
    assert fin.returncode == 0, fin.stderr
    assert "01/BC-LĐLĐ" in fin.stdout

    shown = json.loads(dlxh("report", "show", str(rid), "--json").stdout)
    assert shown["status"] == "finalized" and shown["number"] == "01/BC-LĐLĐ"

    amend = dlxh("report", "amend", str(rid))
    assert amend.returncode == 0, amend.stderr
    rid2 = int(last_line(amend.stdout))
    listed = json.loads(dlxh("report", "list", "--json").stdout)
    by_id = {row["id"]: row for row in listed}
    assert by_id[rid2]["revision"] == 2 and by_id[rid2]["status"] == "draft"
    assert {"id", "kind", "period", "status"} <= set(by_id[rid])
    assert by_id[rid]["deadline_state"] == "overdue"  # the clock says 25 October

    # Finalizing revision 2 supersedes revision 1, which stays readable.
    assert dlxh("report", "finalize", str(rid2)).returncode == 0
    old = json.loads(dlxh("report", "show", str(rid), "--json").stdout)
    assert old["status"] == "superseded"
    assert report_from_json(old).content == report_from_json({"content": CONTENT}).content


def test_show_json_round_trips_through_from_json(dlxh, province: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rid = _new(dlxh, tmp_path, CONTENT)
    first = dlxh("report", "show", str(rid), "--json").stdout
    jsonschema.validate(json.loads(first), report_schema())
    f = tmp_path / "shown.json"
    f.write_text(first, encoding="utf-8")
    assert dlxh("report", "edit", str(rid), "--from-json", str(f)).returncode == 0
    again = json.loads(dlxh("report", "show", str(rid), "--json").stdout)
    before = json.loads(first)
    assert again["content"] == before["content"]
    # The same document also creates a new report with the same content.
    r = dlxh("report", "new", "--from-json", str(f))
    assert r.returncode == 0, r.stderr
    copy = json.loads(dlxh("report", "show", last_line(r.stdout), "--json").stdout)
    assert (copy["kind"], copy["period"], copy["content"]) == (
        "monthly",
        "2026-10",
        before["content"],
    )


def test_published_schema_matches_the_code() -> None:
    published = Path(__file__).resolve().parents[2] / "docs" / "report.schema.json"
    assert json.loads(published.read_text(encoding="utf-8")) == report_schema()


def test_text_show_and_list(dlxh, province: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rid = _new(dlxh, tmp_path, CONTENT)
    out = dlxh("report", "show", str(rid)).stdout
    assert "Tiền lương" in out and "Giày Đồng Tiến" in out
    listing = dlxh("report", "list").stdout
    assert "2026-10" in listing and "draft" in listing


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["report", "show", "999"], "no report with id 999"),
        (["report", "new", "--kind", "monthly", "--period", "2026-13"], "not a period"),
        (["report", "new", "--kind", "annual", "--period", "2026-10"], "cannot cover"),
        (["report", "finalize", "999"], "no report"),
        (
            [
                "units",
                "add",
                "--code",
                "X",
                "--name",
                "x",
                "--kind",
                "grassroots",
                "--parent",
                "NOPE",
            ],
            "not in the tree",
        ),
        (["units", "add", "--code", "../x", "--name", "x", "--kind", "grassroots"], "not valid"),
        (["setup", "province", "--code", "HN", "--name", "Hà Nội"], "already set up"),
    ],
)
def test_bad_input_is_one_clear_line_and_changes_nothing(  # type: ignore[no-untyped-def]
    dlxh, province: Path, tmp_path: Path, args: list[str], needle: str
) -> None:
    _new(dlxh, tmp_path, CONTENT)
    before = db_snapshot(province)
    r = dlxh(*args)
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0], r.stderr
    assert db_snapshot(province) == before


@pytest.mark.parametrize(
    ("payload", "needle"),
    [
        (b"not json at all", "not valid JSON"),
        (b'{"content": {"assessment": "a", "assessment": "b"}}', "not valid JSON"),
        (b'{"content": {"assessment": NaN}}', "not valid JSON"),
        (b"\xff\xfe garbage", "not valid JSON"),
        (
            b'{"content": {"streams": [{"topic": "viec-lam"}]}}',
            "$.content.streams[0].content",
        ),
        (
            b'{"content": {"incidents": [{"kind": "riot", "title": "x", "start": "2026-10-01"}]}}',
            "$.content.incidents[0].kind",
        ),
        (b'{"kind": "annual", "content": {}}', "another kind"),
    ],
)
def test_bad_json_files_leave_the_draft_unchanged(  # type: ignore[no-untyped-def]
    dlxh, province: Path, tmp_path: Path, payload: bytes, needle: str
) -> None:
    rid = _new(dlxh, tmp_path, CONTENT)
    before = db_snapshot(province)
    f = tmp_path / "bad.json"
    f.write_bytes(payload)
    r = dlxh("report", "edit", str(rid), "--from-json", str(f))
    assert r.returncode == 1 and needle in r.stderr, r.stderr
    assert db_snapshot(province) == before


def test_editing_a_finalized_report_is_refused(dlxh, province: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rid = _new(dlxh, tmp_path, CONTENT)
    assert dlxh("report", "finalize", str(rid)).returncode == 0
    before = db_snapshot(province)
    f = tmp_path / "c.json"
    f.write_text(json.dumps({"assessment": "Khác"}), encoding="utf-8")
    r = dlxh("report", "edit", str(rid), "--from-json", str(f))
    assert r.returncode == 1 and "amend it" in r.stderr
    assert db_snapshot(province) == before


def test_incomplete_report_cannot_be_finalized(dlxh, province: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rid = _new(dlxh, tmp_path)
    v = dlxh("report", "validate", str(rid))
    assert v.returncode == 1 and "assessment" in v.stdout
    before = db_snapshot(province)
    r = dlxh("report", "finalize", str(rid))
    assert r.returncode == 1 and "not complete" in r.stderr
    assert db_snapshot(province) == before
