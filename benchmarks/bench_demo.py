"""``dlxh demo --units 500 --months 60`` (the benchmark data set), against writing the same
number of rows with plain sqlite3 executemany in the same run."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def run(units: int = 500, months: int = 60) -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        t = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "dlxh_desktop.cli.main",
                "--home",
                str(home),
                "demo",
                "--units",
                str(units),
                "--months",
                str(months),
            ],
            check=True,
            capture_output=True,
        )
        seconds = time.perf_counter() - t
        con = sqlite3.connect(home / "dlxh.sqlite")
        rows = con.execute("SELECT unit_code, kind, period, content FROM reports").fetchall()
        con.close()
        floor_db = Path(tmp) / "floor.sqlite"
        t = time.perf_counter()
        con = sqlite3.connect(floor_db)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=FULL")
        con.execute("CREATE TABLE r (unit TEXT, kind TEXT, period TEXT, content TEXT)")
        with con:
            con.executemany("INSERT INTO r VALUES (?, ?, ?, ?)", rows)
        con.close()
        floor = time.perf_counter() - t
    return [
        {
            "name": f"demo --units {units} --months {months} ({len(rows)} reports)",
            "value": round(seconds, 2),
            "unit": "s",
            "floor": round(floor, 2),
            "ratio": round(seconds / floor, 1),
            "note": "floor: raw sqlite3 insert of the same rows; target: under 60 s",
        }
    ]
