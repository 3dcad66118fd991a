"""Suite-wide safety: every test gets its own data folder, a fixed environment, no real keyring."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test may reach the OS keyring: the null backend makes "no keyring" the default, and
# tests that need one install the in-memory store explicitly.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DLXH_HOME", str(tmp_path / "default-home"))
    for var in ("DLXH_NOW", "DLXH_KEY_PASSPHRASE", "DLXH_DEBUG"):
        monkeypatch.delenv(var, raising=False)
