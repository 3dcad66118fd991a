"""Python's cycle collector runs on the GUI thread only.

Automatic collection runs on whichever thread happens to allocate, and the database worker
allocates a lot (imports, queries). When it collects a cycle that holds a Qt wrapper (a closed
window and its controller), Shiboken defers the C++ deletion to the GUI thread, where it can
delete an object Qt already deleted: a crash at a random later moment (seen in the UI tests
once the storage layer was imported on the worker). So automatic collection is turned off and
the same generational check runs from a GUI-thread timer instead (the pattern of pyqtgraph's
``GarbageCollector``; Anki also collects on its main thread). Reference counting is untouched:
only cycles wait, at most ``INTERVAL_MS``.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    """Collects on a timer, generation by generation, as the automatic collector would."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        gc.disable()
        self.timer.start()

    def check(self) -> None:
        c0, c1, c2 = gc.get_count()
        t0, t1, t2 = self.threshold
        if c0 <= t0:
            return
        if c1 > t1:
            gc.collect(2 if c2 > t2 else 1)
        else:
            gc.collect(0)


_installed: dict[str, GuiThreadCollector] = {}


def install() -> GuiThreadCollector:
    """Turn automatic collection off for this process (once; needs the application)."""
    app = QCoreApplication.instance()
    assert app is not None, "install() needs a QApplication"
    found = _installed.get("collector")
    if found is None:
        found = GuiThreadCollector(app)
        _installed["collector"] = found
    return found
