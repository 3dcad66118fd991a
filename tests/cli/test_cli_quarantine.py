"""``dlxh quarantine`` on the command line (the decisions themselves: tests/exchange)."""

from __future__ import annotations

import json
from pathlib import Path


def test_quarantine_commands(dlxh, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert dlxh("setup", "province", "--code", "NB", "--name", "LĐLĐ tỉnh").returncode == 0
    assert json.loads(dlxh("quarantine", "list", "--json").stdout) == []
    assert "No package is waiting" in dlxh("quarantine", "list").stdout
    r = dlxh("quarantine", "release", "5")
    assert r.returncode == 1 and "No held package has the number 5" in r.stderr
    r = dlxh("quarantine", "drop", "5")
    assert r.returncode == 1
