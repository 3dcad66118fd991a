"""Guard against Qt bindings that corrupt Python's reference counts.

PySide6 6.12.0 on Python 3.11 dropped one reference to ``None`` on every Qt call that returns
nothing; after a few thousand calls the interpreter aborted (``none_dealloc``). pyproject.toml
excludes that release; this test fails loudly if an upgrade brings such a bug back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMainWindow


def test_qt_calls_keep_the_reference_count_of_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    before = sys.getrefcount(None)
    for _ in range(2000):
        window.setWindowTitle("DLXH")
    assert sys.getrefcount(None) - before > -10
