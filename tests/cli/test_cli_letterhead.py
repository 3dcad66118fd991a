"""Unit settings of the document (letterhead) and editable document numbers."""

from __future__ import annotations

import json
from pathlib import Path

from cli_support import last_line
from pypdf import PdfReader


def test_letterhead_drives_the_document_and_numbers_are_editable(  # type: ignore[no-untyped-def]
    dlxh, tmp_path: Path
) -> None:
    assert (
        dlxh("setup", "province", "--code", "NB", "--name", "LĐLĐ tỉnh Ninh Bình").returncode == 0
    )
    shown = json.loads(dlxh("letterhead", "show", "--json").stdout)
    assert set(shown["missing"]) >= {"place", "position", "signer"}

    content = tmp_path / "c.json"
    content.write_text(json.dumps({"assessment": "Tình hình ổn định."}), encoding="utf-8")
    rid = last_line(
        dlxh(
            "report", "new", "--kind", "monthly", "--period", "2026-10", "--from-json", str(content)
        ).stdout
    )
    v = dlxh("report", "validate", rid)
    assert v.returncode == 0 and "letterhead.signer" in v.stdout  # a warning, not a blocker

    r = dlxh(
        "letterhead", "set",
        "--place", "Ninh Bình",
        "--position", "PHÓ CHỦ TỊCH THƯỜNG TRỰC",
        "--signer", "Trần Kim Long",
        "--recipient", "Ban Tuyên giáo Tổng LĐLĐ Việt Nam",
        "--distribution", "Như trên", "--distribution", "Lưu: VT, TG-NC",
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert json.loads(dlxh("letterhead", "show", "--json").stdout)["missing"] == []

    fin = dlxh("report", "finalize", rid, "--number", "7")
    assert fin.returncode == 0 and "07/BC-LĐLĐ" in fin.stdout
    out = tmp_path / "r.pdf"
    assert dlxh("report", "render", rid, "--format", "pdf", "--out", str(out)).returncode == 0
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    for expected in ("Số: 07/BC-LĐLĐ", "Ninh Bình, ngày", "Trần Kim Long", "Lưu: VT, TG-NC"):
        assert expected in text

    # The next allocated number continues after the one the office gave.
    rid2 = last_line(
        dlxh(
            "report",
            "new",
            "--kind",
            "quick",
            "--period",
            "2026-10-03",
            "--from-json",
            str(content),
        ).stdout
    )
    inc = tmp_path / "i.json"
    inc.write_text(
        json.dumps(
            {
                "assessment": "Có vụ việc.",
                "incidents": [{"kind": "wage_arrears", "title": "Nợ lương", "start": "2026-10-03"}],
            }
        ),
        encoding="utf-8",
    )
    assert dlxh("report", "edit", rid2, "--from-json", str(inc)).returncode == 0
    assert "08/BC-LĐLĐ" in dlxh("report", "finalize", rid2).stdout


def test_letterhead_bad_input(dlxh, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert (
        dlxh("setup", "province", "--code", "NB", "--name", "LĐLĐ tỉnh Ninh Bình").returncode == 0
    )
    r = dlxh("letterhead", "set")
    assert r.returncode == 1 and "Nothing to change" in r.stderr
    r = dlxh("report", "finalize", "1", "--number", "0")
    assert r.returncode == 1 and "between 1 and 9999" in r.stderr


def test_attach_list_and_extract_a_file(dlxh, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert dlxh("setup", "province", "--code", "NB", "--name", "LĐLĐ tỉnh").returncode == 0
    content = tmp_path / "c.json"
    content.write_text(json.dumps({"assessment": "Ổn định."}), encoding="utf-8")
    rid = last_line(
        dlxh(
            "report", "new", "--kind", "monthly", "--period", "2026-10", "--from-json", str(content)
        ).stdout
    )
    photo = tmp_path / "Ảnh buổi đối thoại.jpg"
    photo.write_bytes(b"\xff\xd8\xff jpeg bytes")
    r = dlxh("report", "attach", rid, str(photo))
    assert r.returncode == 0, r.stderr
    shown = json.loads(dlxh("report", "show", rid, "--json").stdout)
    (att,) = shown["content"]["attachments"]
    assert att["name"] == "Ảnh buổi đối thoại.jpg" and att["size"] == 14
    out = tmp_path / "ra.jpg"
    assert dlxh("report", "attachment", rid, att["name"], "--out", str(out)).returncode == 0
    assert out.read_bytes() == photo.read_bytes()
    bad = dlxh("report", "attach", rid, str(content), "--name", "../x.pdf")
    assert bad.returncode == 1 and "cannot be attached" in bad.stderr
    assert dlxh("report", "detach", rid, att["name"]).returncode == 0
    assert json.loads(dlxh("report", "show", rid, "--json").stdout)["content"]["attachments"] == []
