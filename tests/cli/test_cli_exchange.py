"""The whole exchange flow through the real ``dlxh`` command, province ↔ intermediate ↔
grassroots, each in its own data folder: setup, directory, setup unit, enroll, report,
finalize, package export, import, the intermediate's own report, receipts back, status.
Plus the passphrase failures a person meets at the terminal."""

from __future__ import annotations

import json
from pathlib import Path

from cli_support import last_line

from conftest import Run

CONTENT = {
    "assessment": "Tình hình tư tưởng của đoàn viên, người lao động ổn định.",
    "streams": [
        {
            "topic": "tien-luong",
            "content": "Người lao động phấn khởi khi lương tối thiểu vùng tăng.",
            "trend": "positive",
            "cause": "Nghị định mới có hiệu lực.",
            "proposal": "Giám sát việc điều chỉnh thang, bảng lương.",
        }
    ],
}


def ok(r: object) -> str:
    assert r.returncode == 0, (r.args, r.stdout, r.stderr)  # type: ignore[attr-defined]
    return r.stdout  # type: ignore[attr-defined, no-any-return]


def fingerprint(dlxh: Run, home: Path) -> str:
    return str(json.loads(ok(dlxh("keys", "show", "--json", home_dir=home)))["fingerprint"])


def write_report(dlxh: Run, home: Path, tmp: Path) -> str:
    src = tmp / "content.json"
    src.write_text(json.dumps(CONTENT, ensure_ascii=False), encoding="utf-8")
    rid = last_line(ok(dlxh("report", "new", "--kind", "monthly", "--period", "2026-10",
                            "--from-json", str(src), home_dir=home)))  # fmt: skip
    ok(dlxh("report", "finalize", rid, home_dir=home))
    return rid


def test_province_intermediate_grassroots_flow(dlxh: Run, tmp_path: Path) -> None:
    P, D, G = tmp_path / "province", tmp_path / "district", tmp_path / "grassroots"
    f = tmp_path / "usb"
    f.mkdir()
    ok(dlxh("setup", "province", "--code", "NB", "--name", "LĐLĐ tỉnh Ninh Bình", home_dir=P))
    ok(dlxh("units", "add", "--code", "HL", "--name", "LĐLĐ thành phố Hoa Lư",
            "--kind", "district", home_dir=P))  # fmt: skip
    ok(dlxh("units", "add", "--code", "GIAY", "--name", "CĐCS Công ty Giày",
            "--kind", "grassroots", "--parent", "HL", home_dir=P))  # fmt: skip
    ok(dlxh("directory", "export", "--out", str(f / "nb-directory.dlxh"), home_dir=P))
    fp_p = fingerprint(dlxh, P)

    # The district joins: a wrong fingerprint is refused and changes nothing.
    bad = dlxh("setup", "unit", "--directory", str(f / "nb-directory.dlxh"), "--code", "HL",
               "--fingerprint", "1111 2222 3333 4444 5555 6666 7777 8888", home_dir=D)  # fmt: skip
    assert bad.returncode == 1 and "does not match" in bad.stderr
    assert not (D / "keys").exists() or not any((D / "keys").iterdir())
    ok(dlxh("setup", "unit", "--directory", str(f / "nb-directory.dlxh"), "--code", "HL",
            "--fingerprint", fp_p, home_dir=D))  # fmt: skip
    ok(dlxh("enroll", "export", "--out", str(f / "hl-enroll.dlxh"), home_dir=D))
    fp_i = fingerprint(dlxh, D)
    ok(dlxh("enroll", "import", str(f / "hl-enroll.dlxh"), "--fingerprint", fp_i, home_dir=P))

    # The grassroots union joins under the district.
    ok(dlxh("directory", "export", "--out", str(f / "hl-directory.dlxh"), home_dir=D))
    ok(dlxh("setup", "unit", "--directory", str(f / "hl-directory.dlxh"), "--code", "GIAY",
            "--fingerprint", fp_i, home_dir=G))  # fmt: skip
    ok(dlxh("enroll", "export", "--out", str(f / "giay-enroll.dlxh"), home_dir=G))
    ok(dlxh("enroll", "import", str(f / "giay-enroll.dlxh"), "--fingerprint",
            fingerprint(dlxh, G), home_dir=D))  # fmt: skip

    # Grassroots report → district.
    rid = write_report(dlxh, G, tmp_path)
    ok(dlxh("package", "export", rid, "--out", str(f / "giay-2026-10.dlxh"), home_dir=G))
    imported = json.loads(ok(dlxh("package", "import", "--json", str(f / "giay-2026-10.dlxh"),
                                  home_dir=D)))  # fmt: skip
    assert [(r["verdict"], r["sender"]) for r in imported] == [("imported", "GIAY")]

    # The district's own report → province; the province imports the whole stick: its own
    # directory and the other units' files get a verdict each, the district's report is in.
    own = write_report(dlxh, D, tmp_path)
    ok(dlxh("package", "export", own, "--out", str(f / "hl-2026-10.dlxh"), home_dir=D))
    batch = dlxh("package", "import", "--json", str(f), home_dir=P)
    verdicts = {Path(r["path"]).name: r["verdict"] for r in json.loads(batch.stdout)}
    assert verdicts["hl-2026-10.dlxh"] == "imported"
    assert verdicts["giay-2026-10.dlxh"] == "rejected"  # not a child of the province
    # the CLI words each verdict from its code and details
    refused = next(r for r in json.loads(batch.stdout) if r["path"].endswith("giay-2026-10.dlxh"))
    assert refused["reason"] == "unknown_sender_key"  # the province has no key for GIAY
    shown = refused["details"]["fingerprint"]
    assert refused["details"]["unit"] == "GIAY"
    assert refused["message"] == f"signed by an unknown key of GIAY (fingerprint {shown})"
    assert batch.returncode == 1  # something was rejected

    # Receipts travel back down and the reports become acknowledged.
    ok(dlxh("receipt", "export", "--out", str(f / "nb-receipt.dlxh"), home_dir=P))
    ok(dlxh("receipt", "import", str(f / "nb-receipt.dlxh"), home_dir=D))
    ok(dlxh("receipt", "export", "--out", str(f / "hl-receipt.dlxh"), home_dir=D))
    ok(dlxh("receipt", "import", str(f / "hl-receipt.dlxh"), home_dir=G))
    for home, report_id in ((G, rid), (D, own)):
        rows = json.loads(ok(dlxh("report", "list", "--json", home_dir=home)))
        assert {r["id"]: r["status"] for r in rows}[int(report_id)] == "acknowledged"

    # Status: who reported for October (deadline the 20th; today is the 25th → late).
    st = json.loads(ok(dlxh("status", "--period", "2026-10", "--json", home_dir=P)))
    assert [(u["code"], u["state"]) for u in st["units"]] == [("HL", "late")]
    st_i = json.loads(ok(dlxh("status", "--json", home_dir=D)))
    assert st_i["period"] == "2026-10" and st_i["units"][0]["code"] == "GIAY"
    keys = json.loads(ok(dlxh("keys", "show", "--json", home_dir=G)))
    assert keys["parent"]["unit"] == "HL" and keys["parent"]["fingerprint"] == fp_i


def test_passphrase_trouble_changes_nothing(dlxh: Run, tmp_path: Path) -> None:
    home = tmp_path / "province"
    ok(dlxh("setup", "province", "--code", "NB", "--name", "LĐLĐ tỉnh Ninh Bình", home_dir=home))
    out = tmp_path / "dir.dlxh"
    # No keyring (tests use the null backend), no terminal, no DLXH_KEY_PASSPHRASE (case 33).
    r = dlxh("directory", "export", "--out", str(out), home_dir=home,
             env={"DLXH_KEY_PASSPHRASE": ""})  # fmt: skip
    assert r.returncode == 1 and "DLXH_KEY_PASSPHRASE" in r.stderr and "keys restore" in r.stderr
    assert not out.exists()
    r = dlxh("keys", "backup", "--out", str(tmp_path / "b.age"), home_dir=home,
             env={"DLXH_KEY_PASSPHRASE": "not the passphrase"})  # fmt: skip
    assert r.returncode == 1 and "Wrong passphrase" in r.stderr
    assert not (tmp_path / "b.age").exists()
    # Backup and restore on a new PC (restore first, then the keys are adopted, not re-made).
    ok(dlxh("keys", "backup", "--out", str(tmp_path / "b.age"), home_dir=home))
    fp = fingerprint(dlxh, home)
    new_pc = tmp_path / "new-pc"
    ok(dlxh("keys", "restore", str(tmp_path / "b.age"), home_dir=new_pc))
    again = dlxh("keys", "restore", str(tmp_path / "b.age"), home_dir=new_pc)
    assert again.returncode == 1 and "already has keys" in again.stderr
    ok(dlxh("setup", "province", "--code", "NB", "--name", "LĐLĐ tỉnh Ninh Bình", home_dir=new_pc))
    assert fingerprint(dlxh, new_pc) == fp
