"""Where the Qt Linguist tools and files are (shared by the build and update commands)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from dlxh_desktop.resources import resource_path

PACKAGE_DIR = Path(__file__).resolve().parent.parent  # src/dlxh_desktop


def translations_dir() -> Path:
    return resource_path("translations")


def tool(name: str) -> str:
    """``pyside6-<name>`` next to the running Python, else on PATH."""
    exe = f"pyside6-{name}"
    for folder in (Path(sys.executable).parent, Path(sys.executable).parent / "Scripts"):
        for candidate in (folder / exe, folder / f"{exe}.exe"):
            if candidate.is_file():
                return str(candidate)
    found = shutil.which(exe)
    if found is None:
        raise FileNotFoundError(f"{exe} not found (it comes with PySide6)")
    return found


def source_files() -> list[Path]:
    """Files whose strings are translated: the interface and the message tables."""
    ui = sorted((PACKAGE_DIR / "ui").glob("*.py"))
    return [*ui, *message_files()]


def message_files() -> list[Path]:
    """The tables of ``dlxh_desktop.messages`` (errors, findings, verdicts)."""
    return sorted((PACKAGE_DIR / "messages").glob("*.py"))
