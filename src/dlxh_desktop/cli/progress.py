"""A text progress bar on stderr, driven by the progress records services yield."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from typing import TypeVar

from dlxh_desktop.services.progress import Progress

T = TypeVar("T")


def show(records: Iterable[Progress | T], *, width: int = 30) -> Iterator[T]:
    """Print a bar for each ``Progress`` record and pass other values through."""
    tty = sys.stderr.isatty()
    last = 0.0
    shown = False
    for rec in records:
        if not isinstance(rec, Progress):
            yield rec
            continue
        now = time.monotonic()
        final = rec.total and rec.done >= rec.total
        if not final and now - last < (0.1 if tty else 2.0):
            continue
        last = now
        frac = rec.done / rec.total if rec.total else 0.0
        bar = "#" * int(frac * width)
        line = f"{rec.label[:40]:<40} [{bar:<{width}}] {rec.done}/{rec.total}"
        sys.stderr.write(("\r" + line) if tty else (line + "\n"))
        sys.stderr.flush()
        shown = True
    if shown and tty:
        sys.stderr.write("\n")
