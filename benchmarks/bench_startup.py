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

MARK = "dlxh-smoke: window-shown"
FLOOR = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([]); w = QMainWindow(); w.show(); app.processEvents()\n"
    f"print({MARK!r}, file=sys.stderr, flush=True)\n"
)


def _median_run(cmd: list[str], env: dict[str, str], n: int = 5, *, mark: bool = False) -> float:
    """Median wall time of ``cmd``: to its exit, or (``mark``) to the window-shown line."""
    times = []
    for _ in range(n):
        t = time.perf_counter()
        if not mark:
            subprocess.run(cmd, env=env, check=True, capture_output=True)
            times.append(time.perf_counter() - t)
            continue
        proc = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, text=True)
        assert proc.stderr is not None
        shown = None
        for line in proc.stderr:
            if MARK in line and shown is None:
                shown = time.perf_counter() - t
        proc.wait()
        if shown is None or proc.returncode != 0:
            raise RuntimeError(f"{cmd} did not show its window")
        times.append(shown)
    return statistics.median(times)


def run() -> list[dict[str, Any]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DLXH_SMOKE_EXIT_MS": "0"}
    py = sys.executable
    floor = _median_run([py, "-c", FLOOR], env, mark=True)
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
        cmd = [py, "-m", "dlxh_desktop.ui.app", "--home", str(home)]
        gui = _median_run(cmd, env, mark=True)
        full = _median_run(cmd, env)
    rows.append(_row("main window shown (demo data)", gui, floor, "target: within 2x"))
    rows.append(_row("main window: start, load the list, quit", full, floor, "for the record"))
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
