"""First paint before the data: the window is on screen, saying it is opening the data, while
the database worker is still busy; nothing the window needs to appear imports SQLAlchemy."""

from __future__ import annotations

import subprocess
import sys
import threading
from typing import Any

from dlxh_desktop.paths import DataHome
from dlxh_desktop.ui.main_window_controller import MainWindowController
from dlxh_desktop.ui.main_window_view import PAGE_MESSAGE, PAGE_TABLE
from dlxh_desktop.ui.startup import Launcher
from dlxh_desktop.ui.tasks import TaskManager

UNIT_NAME = "Liên đoàn Lao động tỉnh Ninh Bình"  # as in conftest.build_home


def test_window_is_shown_in_its_opening_state_while_the_worker_is_busy(
    qtbot: Any, home: DataHome
) -> None:
    tasks = TaskManager()
    release = threading.Event()
    started = threading.Event()

    def hold_the_worker() -> None:  # real work queued ahead of the opening: a slow disk
        started.set()
        release.wait(10)

    tasks.run_db(hold_the_worker)
    assert started.wait(5)
    launcher = Launcher(home=home, tasks=tasks)
    ready: list[MainWindowController] = []
    launcher.ready.connect(ready.append)
    launcher.start()
    try:
        v = launcher.view
        qtbot.waitExposed(v)
        qtbot.wait(200)  # the event loop runs; the data folder is still not opened
        assert v.isVisible()
        assert v.windowTitle() == "DLXH Desktop"
        assert v.pages.currentIndex() == PAGE_MESSAGE
        assert "Đang mở dữ liệu…" in v.message.text()
        assert str(home.root) in v.message.text()
        assert not v.import_action.isEnabled() and not v.backup_action.isEnabled()
        assert v.quit_action.isEnabled()
        assert launcher.controller is None and not ready

        release.set()
        qtbot.waitUntil(lambda: bool(ready), timeout=15_000)
        c = ready[0]
        assert c.view is v  # the same window fills in
        qtbot.waitUntil(lambda: c.snapshot is not None, timeout=10_000)
        assert v.pages.currentIndex() == PAGE_TABLE
        assert v.heading.text() == UNIT_NAME
        assert v.import_action.isEnabled() and v.backup_action.isEnabled()
        v.close()
    finally:
        release.set()
        launcher.shutdown()


def test_nothing_before_the_first_paint_imports_the_storage_layer() -> None:
    # What ui/app.py imports before it shows the window (a fresh interpreter).
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import dlxh_desktop.ui.app, dlxh_desktop.ui.i18n, dlxh_desktop.ui.main_window_view\n"
        "import dlxh_desktop.ui.startup, dlxh_desktop.ui.tasks, dlxh_desktop.resources\n"
        "heavy = ('sqlalchemy', 'alembic', 'dlxh_desktop.storage', 'dlxh_desktop.services.app')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    r = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert r.stdout.strip() == "[]"
