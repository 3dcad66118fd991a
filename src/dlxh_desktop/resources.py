"""Locate files shipped in ``resources/`` (checkout, installed wheel or frozen bundle)."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_root() -> Path:
    """Return the resources folder wherever the program runs from."""
    here = Path(__file__).resolve().parent
    candidates = [
        here / "resources",  # wheel: mapped into the package at build time
        here.parent.parent / "resources",  # source checkout: src/dlxh_desktop -> top level
    ]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "resources")
    for c in candidates:
        if c.is_dir():
            return c
    raise FileNotFoundError("resources folder not found next to the program")


def resource_path(*parts: str) -> Path:
    """Path of one shipped file, e.g. ``resource_path("fonts", "LiberationSerif-Regular.ttf")``."""
    return resources_root().joinpath(*parts)
