"""A province's other pages, on a `dlxh demo` folder: the reports received from the units below
(with their names), and who sent the report of a month — the same counts as `dlxh status`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from conftest import NOW
from dlxh_desktop.paths import DataHome
from dlxh_desktop.services.app import Services
from dlxh_desktop.ui.main_window_controller import MainWindowController
from dlxh_desktop.ui.main_window_view import PAGE_TABLE, TAB_OWN, TAB_RECEIVED, TAB_STATUS
from dlxh_desktop.ui.received_reports import UNIT_COLUMN
from dlxh_desktop.ui.startup import Launcher
from dlxh_desktop.ui.submission_status import StatusColumn
from dlxh_desktop.ui.tasks import TaskManager

STATE_WORDS = {
    "on_time": "Đúng hạn",
    "late": "Nộp muộn",
    "missing_open": "Chưa nộp — còn hạn",
    "missing_due_soon": "Chưa nộp — sắp hết hạn",
    "missing_overdue": "Chưa nộp — đã quá hạn",
}


def dlxh(home: DataHome, *args: str) -> str:
    env = {**os.environ, "DLXH_NOW": NOW.isoformat(), "PYTHONIOENCODING": "utf-8"}
    env.pop("DLXH_HOME", None)
    r = subprocess.run(
        [sys.executable, "-m", "dlxh_desktop.cli.main", "--home", str(home.root), *args],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        timeout=120,
    )
    return r.stdout


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DataHome:
    """A province with 30 units below and 6 months of reports (today: 10/11/2026)."""
    home = DataHome(tmp_path_factory.mktemp("demo") / "ninh-binh")
    dlxh(home, "demo", "--units", "30", "--months", "6")
    return home


def press(qtbot: Any, c: MainWindowController, key: Qt.Key) -> None:
    """Ctrl+key typed where the keyboard is in the main window."""
    focus = QApplication.focusWidget()
    target = focus if focus is not None and focus.window() is c.view else c.view
    qtbot.keyClick(target, key, Qt.KeyboardModifier.ControlModifier)


def test_received_reports_list_the_units_below_with_their_names(qtbot: Any, demo: DataHome) -> None:
    with Services.open(demo) as svc:
        own = svc.settings.require_own_unit()
        names = {u.code: u.name for u in svc.units.tree()}
        expected = Counter(
            names[r.summary.unit_code]
            for r in svc.reports.list(all_units=True)
            if r.summary.unit_code != own
        )
        own_name = names[own]
    assert expected  # the demo's children have sent reports

    launcher = Launcher(home=demo, tasks=TaskManager())
    ready: list[MainWindowController] = []
    launcher.ready.connect(ready.append)
    launcher.start()
    try:
        qtbot.waitUntil(lambda: bool(ready), timeout=15_000)
        c = ready[0]
        qtbot.waitUntil(lambda: c.snapshot is not None, timeout=10_000)
        v = c.view
        v.activateWindow()
        qtbot.waitActive(v)
        assert v.tabs.isTabVisible(TAB_RECEIVED) and v.tabs.isTabVisible(TAB_STATUS)
        assert v.tabs.tabBar().isVisible() and v.view_menu.menuAction().isVisible()
        assert v.tabs.tabText(TAB_OWN) == "Báo cáo của đơn vị"
        assert v.tabs.tabText(TAB_RECEIVED) == "Báo cáo nhận được"

        with qtbot.waitSignal(c.received.loaded, timeout=15_000):
            press(qtbot, c, Qt.Key.Key_2)  # Ctrl+2
        assert v.tabs.currentIndex() == TAB_RECEIVED
        p = c.received.proxy
        assert p.headerData(UNIT_COLUMN, Qt.Orientation.Horizontal) == "Đơn vị"
        shown = Counter(p.index(r, UNIT_COLUMN).data() for r in range(p.rowCount()))
        assert shown == expected
        assert own_name not in shown
        assert v.received.pages.currentIndex() == PAGE_TABLE
        assert v.received.table.hasFocus()  # the keyboard is in the list
        total = sum(expected.values())
        assert v.counts.text() == f"{total} báo cáo nhận được · của {len(expected)} đơn vị"

        # The filter finds a unit by its name without diacritics.
        unit = expected.most_common(1)[0][0]
        words = "cong doan " + unit.split()[-1].lower()
        v.received.filter_edit.setText(words)
        assert all(
            words.split()[-1] in (p.index(r, 0).data() or "").lower() for r in range(p.rowCount())
        )
        assert 0 < p.rowCount() < total
        v.received.filter_edit.clear()

        # Enter on a received report opens it.
        v.received.table.setCurrentIndex(p.index(0, 0))
        qtbot.keyClick(v.received.table, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: c.details_view is not None and c.details_view.isVisible())
        assert c.details_view is not None
        c.details_view.close()
        v.activateWindow()  # what the window manager does when the details window closes
        qtbot.waitUntil(lambda: QApplication.activeWindow() is v)

        press(qtbot, c, Qt.Key.Key_1)  # back to this unit's own reports
        assert v.tabs.currentIndex() == TAB_OWN
        v.close()
    finally:
        launcher.shutdown()


def status_json(demo: DataHome, period: str | None = None) -> dict[str, Any]:
    args = ["status", "--json"] + (["--period", period] if period else [])
    return dict(json.loads(dlxh(demo, *args)))


def counts_line(counts: dict[str, int]) -> str:
    return (
        f"Đúng hạn: {counts.get('on_time', 0)} · Nộp muộn: {counts.get('late', 0)} · "
        f"Chưa nộp: {counts.get('missing', 0)}"
    )


def table_rows(c: MainWindowController) -> set[tuple[str, str, str]]:
    p = c.submissions.proxy
    cols = (StatusColumn.UNIT, StatusColumn.STATE, StatusColumn.SENT_ON)
    return {tuple(p.index(r, col).data() for col in cols) for r in range(p.rowCount())}  # type: ignore[misc]


def expected_rows(st: dict[str, Any]) -> set[tuple[str, str, str]]:
    def day(iso: str | None) -> str:
        return "/".join(reversed(iso.split("-"))) if iso else ""

    return {(u["name"], STATE_WORDS[u["state"]], day(u["sent_on"])) for u in st["units"]}


def test_submission_status_matches_dlxh_status(qtbot: Any, demo: DataHome) -> None:
    now = status_json(demo)  # the month being reported on 10/11: November, due before the 20th
    september = status_json(demo, "2026-09")
    assert set(september["counts"]) == {"on_time", "late", "missing"}  # the demo has all three

    launcher = Launcher(home=demo, tasks=TaskManager())
    ready: list[MainWindowController] = []
    launcher.ready.connect(ready.append)
    launcher.start()
    try:
        qtbot.waitUntil(lambda: bool(ready), timeout=15_000)
        c = ready[0]
        qtbot.waitUntil(lambda: c.snapshot is not None, timeout=10_000)
        v = c.view
        v.activateWindow()
        qtbot.waitActive(v)
        with qtbot.waitSignal(c.submissions.loaded, timeout=15_000):
            press(qtbot, c, Qt.Key.Key_3)  # Ctrl+3
        assert v.tabs.currentIndex() == TAB_STATUS
        assert v.tabs.tabText(TAB_STATUS) == "Tình hình nộp báo cáo"
        combo = v.status.period_combo
        assert combo.hasFocus()
        assert combo.currentText() == "Tháng 11/2026"
        assert v.status.deadline_label.text() == "Hạn nộp: trước ngày 20/11/2026"
        assert v.counts.text() == counts_line(now["counts"])
        assert table_rows(c) == expected_rows(now)

        # Two months back with the keyboard: September 2026.
        for _ in range(2):
            with qtbot.waitSignal(c.submissions.loaded, timeout=15_000):
                qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentText() == "Tháng 09/2026"
        assert v.counts.text() == counts_line(september["counts"])
        assert table_rows(c) == expected_rows(september)
        # Sorted with the units that have not sent first.
        first = c.submissions.proxy.index(0, StatusColumn.STATE).data()
        assert first.startswith("Chưa nộp")
        v.close()
    finally:
        launcher.shutdown()


def test_a_unit_without_units_below_sees_only_its_own_list(qtbot: Any, home: DataHome) -> None:
    launcher = Launcher(home=home, tasks=TaskManager())
    ready: list[MainWindowController] = []
    launcher.ready.connect(ready.append)
    launcher.start()
    try:
        qtbot.waitUntil(lambda: bool(ready), timeout=15_000)
        c = ready[0]
        qtbot.waitUntil(lambda: c.snapshot is not None, timeout=10_000)
        v = c.view
        assert not v.tabs.isTabVisible(TAB_RECEIVED) and not v.tabs.isTabVisible(TAB_STATUS)
        assert not v.tabs.tabBar().isVisible()
        assert not v.view_menu.menuAction().isVisible()
        v.close()
    finally:
        launcher.shutdown()
