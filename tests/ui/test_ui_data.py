"""The Data menu and the start-up check, on real data folders: back up, restore, check, the
daily backup while the window is open, a damaged database at start."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from conftest import NOW
from dlxh_desktop.domain import Period, ReportKind
from dlxh_desktop.paths import DataHome
from dlxh_desktop.services import maintenance
from dlxh_desktop.services.app import Services
from dlxh_desktop.services.clock import FixedClock
from dlxh_desktop.ui.data_actions import CheckOutcome
from dlxh_desktop.ui.main_window_controller import MainWindowController
from dlxh_desktop.ui.startup import EXIT_REFUSED, Damaged, Launcher
from dlxh_desktop.ui.tasks import TaskManager


class Answers:
    """The ``confirm`` hook: records each question and answers it."""

    def __init__(self, yes: bool = True) -> None:
        self.yes = yes
        self.asked: list[str] = []

    def __call__(self, box: QMessageBox) -> bool:
        self.asked.append(box.text() + "\n" + box.informativeText())
        return self.yes


def start(qtbot: Any, home: DataHome, **kw: Any) -> tuple[Launcher, MainWindowController]:
    launcher = Launcher(home=home, tasks=TaskManager(), **kw)
    ready: list[MainWindowController] = []
    launcher.ready.connect(ready.append)
    launcher.start()
    qtbot.waitUntil(lambda: bool(ready), timeout=15_000)
    c = ready[0]
    qtbot.waitUntil(lambda: c.snapshot is not None, timeout=10_000)
    return launcher, c


@pytest.fixture
def opened(qtbot: Any, home: DataHome) -> Iterator[tuple[MainWindowController, Answers]]:
    launcher, c = start(qtbot, home)
    answers = Answers()
    c.data.confirm = answers
    yield c, answers
    c.view.close()
    launcher.shutdown()


def report_count(path: Path) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(con.execute("SELECT count(*) FROM reports").fetchone()[0])
    finally:
        con.close()


def damage(home: DataHome) -> None:
    raw = bytearray(home.database.read_bytes())
    raw[4096:8192] = b"\x00\xff" * 2048
    home.database.write_bytes(bytes(raw))
    for suffix in ("-wal", "-shm"):
        Path(str(home.database) + suffix).unlink(missing_ok=True)


def test_data_menu_in_vietnamese(opened: tuple[MainWindowController, Answers]) -> None:
    v = opened[0].view
    assert v.data_menu.title() == "&Dữ liệu"
    texts = [a.text() for a in v.data_menu.actions() if not a.isSeparator()]
    assert texts == [
        "&Sao lưu ngay…",
        "&Khôi phục từ bản sao lưu…",
        "&Kiểm tra dữ liệu",
        "&Mở thư mục sao lưu",
    ]
    assert v.import_action.text() == "&Nhập gói dữ liệu…"
    assert v.import_action.shortcut().toString() == "Ctrl+I"


def test_backup_now_writes_a_good_copy(
    qtbot: Any, opened: tuple[MainWindowController, Answers], tmp_path: Path
) -> None:
    c, _ = opened
    out = tmp_path / "usb" / "sao-luu.sqlite"
    with qtbot.waitSignal(c.data.backed_up, timeout=10_000):
        c.data.backup_to(out)
    assert report_count(out) == 5
    assert maintenance.newest_good_backup(c.services.home) is not None
    box = c.data.last_box
    assert box is not None and box.text() == "Đã sao lưu dữ liệu."
    assert str(out) in box.informativeText()


def test_restore_replaces_the_data_and_keeps_the_old_aside(
    qtbot: Any, opened: tuple[MainWindowController, Answers], tmp_path: Path
) -> None:
    c, answers = opened
    saved = tmp_path / "truoc.sqlite"
    with qtbot.waitSignal(c.data.backed_up, timeout=10_000):
        c.data.backup_to(saved)
    # A report written after the backup: the restore takes it away, the aside file keeps it.
    svc = c.services
    added: list[object] = []
    c.tasks.run_db(
        lambda: svc.reports.create(ReportKind.QUICK, Period.of_day(date(2026, 11, 9))),
        added.append,
    )
    qtbot.waitUntil(lambda: bool(added), timeout=5_000)
    with qtbot.waitSignal(c.data.restored, timeout=15_000) as sig:
        c.data.restore_from(saved)
    assert "không bị xóa" in answers.asked[0]
    aside = sig.args[0]
    assert isinstance(aside, Path) and aside.name.startswith("dlxh.sqlite.before-restore")
    assert report_count(aside) == 6
    assert report_count(c.services.home.database) == 5
    assert c.services is not svc  # reopened
    qtbot.waitUntil(lambda: c.snapshot is not None and len(c.snapshot.items) == 5, timeout=10_000)
    assert c.data.last_box is not None and str(aside) in c.data.last_box.informativeText()


def test_restore_of_a_newer_backup_is_refused_clearly(
    qtbot: Any, opened: tuple[MainWindowController, Answers], tmp_path: Path
) -> None:
    c, _ = opened
    newer = tmp_path / "moi-hon.sqlite"
    with qtbot.waitSignal(c.data.backed_up, timeout=10_000):
        c.data.backup_to(newer)
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num='9999'")
    con.commit()
    con.close()
    before = report_count(c.services.home.database)
    c.data.restore_from(newer)
    qtbot.waitUntil(
        lambda: c.data.last_box is not None and c.data.last_box.objectName() == "restoreRefused",
        timeout=15_000,
    )
    box = c.data.last_box
    assert box.text() == "Chưa khôi phục bản sao lưu."
    assert "phiên bản DLXH Desktop mới hơn" in box.informativeText()
    assert report_count(c.services.home.database) == before
    assert not list(c.services.home.root.glob("dlxh.sqlite.before-restore*"))
    qtbot.waitUntil(lambda: c.snapshot is not None, timeout=10_000)  # the window works on


def test_check_on_healthy_data(qtbot: Any, opened: tuple[MainWindowController, Answers]) -> None:
    c, answers = opened
    with qtbot.waitSignal(c.data.checked, timeout=10_000) as sig:
        c.data.check()
    outcome = sig.args[0]
    assert isinstance(outcome, CheckOutcome) and outcome.problems == []
    assert c.data.last_box is not None and c.data.last_box.text() == "Dữ liệu không có lỗi."
    assert answers.asked == []  # nothing to offer


def test_daily_backup_while_the_window_stays_open(
    qtbot: Any, opened: tuple[MainWindowController, Answers]
) -> None:
    c, _ = opened
    assert c.data.timer.isActive() and c.data.timer.interval() == 60 * 60 * 1000
    backups = c.services.home.backups
    before = set(backups.glob("dlxh-*.sqlite"))
    with qtbot.waitSignal(c.data.backed_up, timeout=10_000) as sig:
        c.data.backup_if_due(NOW + timedelta(days=1))  # the timer's slot, a day later
    made = sig.args[0]
    assert made not in before and made.parent == backups
    assert report_count(made) == 5
    # Within the same day the hourly look makes nothing more.
    done: list[object] = []
    c.data.backed_up.connect(done.append)
    c.data.backup_if_due(NOW + timedelta(days=1, hours=1))
    c.tasks.run_db(lambda: None, done.append)
    qtbot.waitUntil(lambda: done == [None], timeout=5_000)
    assert set(backups.glob("dlxh-*.sqlite")) == before | {made}


def make_damaged(home: DataHome, *, with_backup: bool) -> None:
    if with_backup:
        Services.open(home, FixedClock(NOW + timedelta(days=1))).close()  # a daily backup
    damage(home)


def test_damaged_database_at_start_offers_the_newest_good_backup(
    qtbot: Any, home: DataHome
) -> None:
    make_damaged(home, with_backup=True)
    launcher = Launcher(home=home, tasks=TaskManager())
    offered: list[Damaged] = []
    launcher.restore_offered.connect(offered.append)
    ready: list[MainWindowController] = []
    launcher.ready.connect(ready.append)
    launcher.start()
    qtbot.waitUntil(lambda: bool(offered), timeout=15_000)
    try:
        box = launcher.restore_box
        assert box is not None and box.isVisible()
        assert box.text().startswith("Dữ liệu bị hỏng")
        assert "không bị xóa" in box.informativeText()
        assert launcher.exit_code == EXIT_REFUSED  # closing now changes nothing
        yes = box.button(QMessageBox.StandardButton.Yes)
        assert yes is not None
        yes.click()
        qtbot.waitUntil(lambda: bool(ready), timeout=15_000)
        c = ready[0]
        qtbot.waitUntil(lambda: c.snapshot is not None, timeout=10_000)
        assert len(c.snapshot.items) == 5  # the window shows the restored reports
        assert launcher.exit_code is None
        assert launcher.restored_aside is not None and launcher.restored_aside.exists()
        assert "dữ liệu bị hỏng được giữ" in c.view.statusBar().currentMessage()
        c.view.close()
    finally:
        launcher.shutdown()


def test_damaged_database_declined_changes_nothing(qtbot: Any, home: DataHome) -> None:
    make_damaged(home, with_backup=True)
    before = home.database.read_bytes()
    launcher = Launcher(home=home, tasks=TaskManager())
    codes: list[int] = []
    launcher.failed.connect(codes.append)
    offered: list[Damaged] = []
    launcher.restore_offered.connect(offered.append)
    launcher.start()
    qtbot.waitUntil(lambda: bool(offered), timeout=15_000)
    try:
        box = launcher.restore_box
        assert box is not None
        no = box.button(QMessageBox.StandardButton.No)
        assert no is not None
        no.click()
        qtbot.waitUntil(lambda: bool(codes), timeout=5_000)
        assert codes == [EXIT_REFUSED] and launcher.error_box is None
        assert launcher.controller is None
        assert home.database.read_bytes() == before
        assert not list(home.root.glob("dlxh.sqlite.before-restore*"))
    finally:
        launcher.shutdown()


def test_damaged_database_without_a_good_backup_says_where_the_data_is(
    qtbot: Any, home: DataHome
) -> None:
    make_damaged(home, with_backup=False)
    launcher = Launcher(home=home, tasks=TaskManager())
    codes: list[int] = []
    launcher.failed.connect(codes.append)
    launcher.start()
    qtbot.waitUntil(lambda: bool(codes), timeout=15_000)
    try:
        assert codes == [EXIT_REFUSED]
        box = launcher.error_box
        assert box is not None and box.isVisible()
        assert box.text().startswith("Dữ liệu bị hỏng")
        assert "Không có bản sao lưu tốt" in box.informativeText()
        assert str(home.root) in box.informativeText()
        box.close()
    finally:
        launcher.shutdown()
