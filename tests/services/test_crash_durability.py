"""Kill a writing process with SIGKILL at random points, 50 times: nothing committed is lost."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from dlxh_desktop.domain import Period, ReportContent, ReportKind
from dlxh_desktop.paths import DataHome
from dlxh_desktop.services.app import Services
from dlxh_desktop.services.clock import FixedClock
from dlxh_desktop.services.setup import setup_province
from dlxh_desktop.storage.backup import integrity_errors

WORKER = Path(__file__).with_name("crash_worker.py")
KILLS = 50


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX; Windows CI runs none")
def test_sigkill_during_autosaves_loses_nothing_committed(tmp_path: Path) -> None:
    home = DataHome(tmp_path / "home")
    clock = FixedClock(datetime(2026, 10, 25, tzinfo=UTC))
    with Services.open(home, clock) as svc:
        setup_province(svc, "NB", "Liên đoàn Lao động tỉnh Ninh Bình")
        rid = svc.reports.create(
            ReportKind.MONTHLY, Period.parse("2026-10"), ReportContent(assessment="Bản đầu 0")
        ).id
    assert rid is not None
    rng = random.Random(20261122)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    highest_acknowledged = 0
    for _ in range(KILLS):
        proc = subprocess.Popen(
            [sys.executable, str(WORKER), str(home.root), str(rid)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.25))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        done = [int(line.split()[1]) for line in out.splitlines() if line.startswith("committed")]
        if done:
            highest_acknowledged = max(highest_acknowledged, done[-1])
        assert integrity_errors(home.database) == []
        with Services.open(home, clock) as svc:
            stored = svc.reports.get(rid).content
        saved_n = int(stored.assessment.split()[-1])
        # Every write the program reported as committed is there (one more may have landed
        # after its announcement was cut off by the kill).
        assert saved_n >= highest_acknowledged
        if saved_n:  # the whole content of that save, not a mix of two saves
            assert len(stored.streams) == saved_n % 7 + 1
    assert highest_acknowledged > KILLS  # the test really interrupted work in progress
