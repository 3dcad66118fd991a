"""Progress records yielded by long operations (the CLI draws a bar, the UI a dialog)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Progress:
    done: int
    total: int
    label: str = ""
