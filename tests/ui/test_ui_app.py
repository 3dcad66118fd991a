"""`dlxh-desktop` as a program: a subprocess on a real data folder, quitting by itself."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dlxh_desktop.paths import DataHome
from dlxh_desktop.services.app import Services
from dlxh_desktop.ui.app import SMOKE_LOADED_MARK, SMOKE_SHOWN_MARK, parse_args, smoke_exit_ms


def run_gui(*args: str | Path, exit_ms: int = 300) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "DLXH_SMOKE_EXIT_MS": str(exit_ms),
        "PYTHONIOENCODING": "utf-8",
    }
    env.pop("DLXH_HOME", None)
    return subprocess.run(
        [sys.executable, "-m", "dlxh_desktop.ui.app", *map(str, args)],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


def test_opens_and_quits_cleanly_with_a_package_argument(home: DataHome, tmp_path: Path) -> None:
    package = tmp_path / "goi.dlxh"
    package.write_bytes(b"")
    r = run_gui("--home", home.root, package)
    assert r.returncode == 0, r.stderr
    assert SMOKE_SHOWN_MARK in r.stderr
    assert r.stderr.index(SMOKE_SHOWN_MARK) < r.stderr.index(SMOKE_LOADED_MARK)
    assert "QThread" not in r.stderr  # no "QThread: Destroyed while thread is still running"


def test_empty_folder_opens_without_crashing(empty_home: DataHome) -> None:
    r = run_gui("--home", empty_home.root, "--lang", "en")
    assert r.returncode == 0, r.stderr
    assert SMOKE_SHOWN_MARK in r.stderr
    assert SMOKE_LOADED_MARK in r.stderr  # quits only once the opening task has finished


def test_second_instance_on_the_same_folder_is_refused(home: DataHome) -> None:
    with Services.open(home):  # the first window holds the folder
        r = run_gui("--home", home.root, exit_ms=500)
    assert r.returncode == 2
    assert "đang được mở trong một cửa sổ hoặc một lệnh DLXH khác" in r.stderr
    # The window is shown (opening the data) before the folder is found in use; the data never
    # is: the refusal comes instead of the list.
    assert r.stderr.index(SMOKE_SHOWN_MARK) < r.stderr.index("đang được mở")
    assert SMOKE_LOADED_MARK not in r.stderr


def test_command_line() -> None:
    a = parse_args(["--home", "/tmp/x", "--lang", "en", "goi.dlxh"])
    assert (a.home, a.lang, a.package) == ("/tmp/x", "en", "goi.dlxh")
    assert parse_args([]).package is None
    with pytest.raises(SystemExit):
        parse_args(["--lang", "fr"])


def test_smoke_exit_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DLXH_SMOKE_EXIT_MS", "250")
    assert smoke_exit_ms() == 250
    monkeypatch.setenv("DLXH_SMOKE_EXIT_MS", "soon")
    assert smoke_exit_ms() is None
    monkeypatch.delenv("DLXH_SMOKE_EXIT_MS")
    assert smoke_exit_ms() is None


def test_damaged_database_in_smoke_mode_never_blocks_and_changes_nothing(home: DataHome) -> None:
    Services.open(home).close()  # a daily backup exists: the restore question is asked
    raw = bytearray(home.database.read_bytes())
    raw[4096:8192] = b"\x00\xff" * 2048
    home.database.write_bytes(bytes(raw))
    for suffix in ("-wal", "-shm"):
        Path(str(home.database) + suffix).unlink(missing_ok=True)
    before = home.database.read_bytes()
    r = run_gui("--home", home.root)
    assert r.returncode == 2, r.stderr
    assert "Dữ liệu bị hỏng" in r.stderr
    assert SMOKE_LOADED_MARK not in r.stderr  # the window (shown first) never got the data
    assert home.database.read_bytes() == before
