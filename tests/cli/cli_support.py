"""Small helpers for CLI tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path

# Tests have no keyring: keys live in a passphrase-protected file.
TEST_PASSPHRASE = "đoàn viên 2026 test passphrase"


def last_line(out: str) -> str:
    """The last non-empty line (commands print an id last)."""
    return out.strip().splitlines()[-1]


def db_snapshot(home: Path) -> list[tuple[object, ...]]:
    """Every row of the tables that hold user data, to prove a failed command changed nothing."""
    con = sqlite3.connect(home / "dlxh.sqlite")
    try:
        rows: list[tuple[object, ...]] = []
        for table in ("units", "reports", "doc_numbers", "settings"):
            rows += [(table, *r) for r in con.execute(f"SELECT * FROM {table} ORDER BY 1, 2")]
        return rows
    finally:
        con.close()
