"""Run the real ``dlxh`` command in a subprocess against a temporary data folder."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_support import TEST_PASSPHRASE

Run = Callable[..., subprocess.CompletedProcess[str]]
NOW = "2026-10-25T09:00:00+07:00"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def dlxh(home: Path) -> Run:
    """``dlxh(*args, home=..., env=..., input=...)`` → CompletedProcess (text)."""

    def run(
        *args: str,
        home_dir: Path | None = None,
        env: dict[str, str] | None = None,
        input: str | None = None,
        timeout: float = 120,
    ) -> subprocess.CompletedProcess[str]:
        full_env = {
            **os.environ,
            "DLXH_NOW": NOW,
            "PYTHONIOENCODING": "utf-8",
            # No keyring in tests: keys live in a passphrase-protected file.
            "DLXH_KEY_PASSPHRASE": TEST_PASSPHRASE,
            **(env or {}),
        }
        cmd = [sys.executable, "-m", "dlxh_desktop.cli.main", "--home", str(home_dir or home)]
        return subprocess.run(
            [*cmd, *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=full_env,
            input=input,
            timeout=timeout,
        )

    return run
