"""The top unit's calendar and topics: set, shown, used, and refused below the top."""

from __future__ import annotations

import json
from pathlib import Path


def test_calendar_and_topics_at_the_top(dlxh, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert dlxh("setup", "province", "--code", "NB", "--name", "LĐLĐ tỉnh").returncode == 0
    assert json.loads(dlxh("calendar", "show", "--json").stdout)["monthly_deadline_day"] == 20
    r = dlxh("calendar", "set", "--monthly-deadline-day", "25", "--annual-deadline", "11-30")
    assert r.returncode == 0, r.stderr
    cal = json.loads(dlxh("calendar", "show", "--json").stdout)
    assert (cal["monthly_deadline_day"], cal["annual_deadline"]) == (25, [11, 30])
    # The clock says 25 October, the new first late day: a new monthly report is for November.
    rid = dlxh("report", "new", "--kind", "monthly").stdout.strip().splitlines()[-1]
    assert json.loads(dlxh("report", "show", rid, "--json").stdout)["period"] == "2026-11"

    r = dlxh(
        "topics", "add", "--code", "chuyen-doi-so", "--label", "Chuyển đổi số", "--group", "Khác"
    )
    assert r.returncode == 0, r.stderr
    listed = {t["code"]: t for t in json.loads(dlxh("topics", "list", "--json").stdout)}
    assert listed["chuyen-doi-so"]["label"] == "Chuyển đổi số"
    assert dlxh("topics", "retire", "nha-o").returncode == 0
    assert "nha-o" not in {t["code"] for t in json.loads(dlxh("topics", "list", "--json").stdout)}
    assert "(retired)" in dlxh("topics", "list", "--all").stdout


def test_bad_calendar_and_topic_input(dlxh, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert dlxh("setup", "province", "--code", "NB", "--name", "LĐLĐ tỉnh").returncode == 0
    r = dlxh("calendar", "set", "--monthly-deadline-day", "31")
    assert r.returncode == 1 and "not possible" in r.stderr
    assert dlxh("calendar", "set", "--annual-deadline", "2-30").returncode == 1
    assert dlxh("calendar", "set", "--annual-deadline", "tomorrow").returncode == 2
    assert dlxh("calendar", "set").returncode == 1
    r = dlxh("topics", "add", "--code", "../x", "--label", "X")
    assert r.returncode == 1 and "not valid" in r.stderr
    assert dlxh("topics", "retire", "khong-co").returncode == 1
    assert json.loads(dlxh("calendar", "show", "--json").stdout)["monthly_deadline_day"] == 20
