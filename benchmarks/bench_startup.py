"""Cold start: ``dlxh --help`` and the main window, against a bare Qt window in the same run."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

FLOOR = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([]); w = QMainWindow(); w.show(); app.processEvents()\n"
)


def _median_run(cmd: list[str], env: dict[str, str], n: int = 5) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        subprocess.run(cmd, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def run() -> list[dict[str, Any]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DLXH_SMOKE_EXIT_MS": "0"}
    py = sys.executable
    floor = _median_run([py, "-c", FLOOR], env)
    rows: list[dict[str, Any]] = []
    cli = _median_run([py, "-m", "dlxh_desktop.cli.main", "--help"], env)
    rows.append(_row("dlxh --help (cold)", cli, floor, "target: within 2x of the floor"))
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        subprocess.run(
            [py, "-m", "dlxh_desktop.cli.main", "--home", str(home), "demo"],
            env=env,
            check=True,
            capture_output=True,
        )
        gui = _median_run([py, "-m", "dlxh_desktop.ui.app", "--home", str(home)], env)
    rows.append(_row("main window on the demo, start to quit", gui, floor, "target: within 2x"))
    return rows


def _row(name: str, seconds: float, floor: float, note: str) -> dict[str, Any]:
    return {
        "name": name,
        "value": round(seconds, 3),
        "unit": "s",
        "floor": round(floor, 3),
        "ratio": round(seconds / floor, 2),
        "note": f"floor: bare QApplication + QMainWindow; {note}",
    }
