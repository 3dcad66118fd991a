"""Work around a PySide6 6.12 reference-count bug on Python 3.11.

With PySide6 6.12.0 on CPython 3.11, every call of a Qt function that returns nothing
(``setWindowTitle``, ``processEvents``, ``QLocale.setDefault``...) drops one reference to
``None`` that it never took (bool-returning calls do the same to ``True``/``False`` at times).
After enough calls ``None`` is "freed" and the interpreter aborts (``none_dealloc`` /
``bool_dealloc``), mid-session or at exit. Python 3.12 made these singletons immortal, which
hides the bug; this module does the same on 3.11 by giving them a huge reference count once, at
start. Remove it when the project moves to Python 3.12+ or a fixed PySide6.
"""

from __future__ import annotations

import ctypes
import sys

_MARGIN = 1 << 40  # far more stray releases than any session makes; never reaches overflow
_done = False


def apply() -> None:
    """Idempotent; a no-op on Python 3.12+ (the singletons are immortal there)."""
    global _done
    if _done or sys.version_info >= (3, 12):
        return
    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += _MARGIN
    _done = True
