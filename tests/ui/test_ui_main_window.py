"""The first window on a real data folder: list, labels, deadlines, filter, details, language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from dlxh_desktop.domain import DeadlineState, Period, ReportKind, ReportStatus, ReportSummary
from dlxh_desktop.paths import DataHome
from dlxh_desktop.services.app import Services
from dlxh_desktop.services.reports import ReportRow
from dlxh_desktop.ui.main_window_controller import MainWindowController
from dlxh_desktop.ui.main_window_view import PAGE_MESSAGE, PAGE_TABLE
from dlxh_desktop.ui.report_table_model import Column, ReportItem, ReportTableModel
from dlxh_desktop.ui.startup import EXIT_REFUSED, Launcher
from dlxh_desktop.ui.tasks import TaskManager

UNIT_NAME = "Liên đoàn Lao động tỉnh Ninh Bình"  # as in conftest.build_home


def start(qtbot: Any, home: DataHome, **kw: Any) -> tuple[Launcher, MainWindowController]:
    launcher = Launcher(home=home, tasks=TaskManager(), **kw)
    with qtbot.waitSignal(launcher.ready, timeout=15_000) as sig:
        launcher.start()
    controller: MainWindowController = sig.args[0]
    qtbot.waitUntil(lambda: controller.snapshot is not None, timeout=10_000)
    return launcher, controller


@pytest.fixture
def window(qtbot: Any, home: DataHome) -> Iterator[MainWindowController]:
    launcher, controller = start(qtbot, home)
    yield controller
    controller.view.close()
    launcher.shutdown()


def table_text(c: MainWindowController) -> list[list[str]]:
    p = c.proxy
    return [[p.index(r, col).data() for col in range(p.columnCount())] for r in range(p.rowCount())]


def row_of(c: MainWindowController, period: str, revision: str = "") -> list[str]:
    rows = [r for r in table_text(c) if r[Column.PERIOD] == period]
    if revision:
        rows = [r for r in rows if r[Column.REVISION] == revision]
    assert len(rows) == 1, rows
    return rows[0]


def test_window_lists_the_units_reports_in_vietnamese(window: MainWindowController) -> None:
    v = window.view
    assert UNIT_NAME in v.windowTitle()
    assert v.heading.text() == UNIT_NAME
    assert v.pages.currentIndex() == PAGE_TABLE
    headers = [window.proxy.headerData(i, Qt.Orientation.Horizontal) for i in range(6)]
    assert headers == ["Kỳ báo cáo", "Loại", "Lần", "Trạng thái", "Số", "Hạn nộp"]
    rows = table_text(window)
    assert len(rows) == 5
    # newest period first
    assert [r[Column.PERIOD] for r in rows][:2] == ["Ngày 08/11/2026", "Tháng 11/2026"]
    sep = row_of(window, "Tháng 09/2026")
    assert sep[Column.KIND] == "Hằng tháng"
    assert sep[Column.STATUS] == "Đã hoàn thành"
    assert sep[Column.NUMBER] == "01/BC-LĐLĐ"
    assert row_of(window, "Tháng 10/2026", "1")[Column.STATUS] == "Đã thay thế"
    assert row_of(window, "Tháng 10/2026", "2")[Column.NUMBER] == "03/BC-LĐLĐ"
    assert row_of(window, "Ngày 08/11/2026")[Column.KIND] == "Báo cáo nhanh"
    assert v.counts.text() == "5 báo cáo · 2 bản nháp · 3 quá hạn"


def test_deadline_text_overdue_and_still_open(window: MainWindowController) -> None:
    assert row_of(window, "Tháng 09/2026")[Column.DEADLINE] == "trước 20/09/2026 — quá hạn 52 ngày"
    assert row_of(window, "Ngày 08/11/2026")[Column.DEADLINE] == "trước 10/11/2026 — quá hạn 1 ngày"
    assert row_of(window, "Tháng 11/2026")[Column.DEADLINE] == "trước 20/11/2026 — còn 9 ngày"
    # a superseded revision only shows its deadline
    assert row_of(window, "Tháng 10/2026", "1")[Column.DEADLINE] == "trước 20/10/2026"


def summary(status: ReportStatus) -> ReportSummary:
    at = datetime(2026, 10, 18, 8, 0)
    return ReportSummary(
        id=1,
        uid="u1",
        unit_code="NB",
        kind=ReportKind.MONTHLY,
        period=Period.month(2026, 10),
        revision=1,
        status=status,
        number="05/BC-LĐLĐ",
        title="",
        created_at=at,
        updated_at=at,
        finalized_at=at,
        sent_at=at,
        acknowledged_at=None,
    )


@pytest.mark.parametrize(
    ("state", "days_left", "text"),
    [
        (DeadlineState.ON_TIME, -20, "trước 20/10/2026 — đúng hạn"),
        (DeadlineState.LATE, -20, "trước 20/10/2026 — trễ hạn"),
        (DeadlineState.DUE_SOON, 0, "trước 20/10/2026 — hôm nay là hạn cuối"),
    ],
)
def test_deadline_text_of_sent_reports(
    qapp: QApplication, state: DeadlineState, days_left: int, text: str
) -> None:
    model = ReportTableModel()
    row = ReportRow(summary(ReportStatus.SENT), state, days_left)
    model.set_items([ReportItem(row, date(2026, 10, 20))])
    assert model.index(0, Column.DEADLINE).data() == text
    assert model.index(0, Column.STATUS).data() == "Đã gửi"
    # the colour is a help, not the only sign
    assert model.index(0, Column.DEADLINE).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_filter_ignores_case_and_diacritics(qtbot: Any, window: MainWindowController) -> None:
    v = window.view
    v.show()
    qtbot.waitExposed(v)
    v.activateWindow()
    qtbot.keyClick(v, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: v.filter_edit.hasFocus())
    qtbot.keyClicks(v.filter_edit, "nhanh")
    assert [r[Column.KIND] for r in table_text(window)] == ["Báo cáo nhanh"]
    assert v.counts.text().startswith("đang hiển thị 1/5")
    v.filter_edit.clear()
    qtbot.keyClicks(v.filter_edit, "da hoan thanh")
    assert [r[Column.PERIOD] for r in table_text(window)] == ["Tháng 10/2026", "Tháng 09/2026"]
    v.filter_edit.clear()
    v.filter_edit.setText("QUÁ HẠN 52 NGÀY")  # typed with a Vietnamese input method
    assert [r[Column.PERIOD] for r in table_text(window)] == ["Tháng 09/2026"]
    v.filter_edit.clear()
    assert len(table_text(window)) == 5


def test_sorting_by_deadline(window: MainWindowController) -> None:
    window.view.table.sortByColumn(Column.DEADLINE, Qt.SortOrder.AscendingOrder)
    periods = [r[Column.PERIOD] for r in table_text(window)]
    assert periods[0] == "Tháng 09/2026"
    assert periods[-1] == "Tháng 11/2026"


def test_enter_opens_the_report_details(qtbot: Any, window: MainWindowController) -> None:
    v = window.view
    v.show()
    qtbot.waitExposed(v)
    target = next(
        r for r in range(window.proxy.rowCount()) if table_text(window)[r][0] == "Tháng 09/2026"
    )
    v.table.setFocus()
    v.table.setCurrentIndex(window.proxy.index(target, 0))
    qtbot.keyClick(v.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.details_view is not None and window.details_view.isVisible())
    d = window.details_view
    assert d is not None
    assert d.windowTitle() == "Tháng 09/2026 · Hằng tháng · lần 1"
    text = d.browser.toPlainText()
    assert "Tình hình tư tưởng CNVCLĐ tháng 09/2026 cơ bản ổn định." in text
    assert "Tiền lương" in text  # the topic's label, not its code
    assert "01/BC-LĐLĐ" in text
    assert d.browser.isReadOnly()
    qtbot.keyClick(d, Qt.Key.Key_Escape)
    assert not d.isVisible()


def test_switching_to_english_and_remembering_it(
    qtbot: Any, window: MainWindowController, home: DataHome
) -> None:
    window.view.en_action.trigger()
    qtbot.waitUntil(lambda: window.view.file_menu.title() == "&File")
    headers = [window.proxy.headerData(i, Qt.Orientation.Horizontal) for i in range(6)]
    assert headers == ["Period", "Kind", "Revision", "Status", "Number", "Deadline"]
    sep = row_of(window, "2026-09")
    assert sep[Column.STATUS] == "Finalized"
    assert sep[Column.DEADLINE] == "before 20/09/2026 — overdue by 52 days"
    assert row_of(window, "2026-11-08")[Column.DEADLINE].endswith("overdue by 1 day")
    assert window.view.counts.text() == "5 reports · 2 drafts · 3 overdue"
    assert window.view.en_action.isChecked()
    stored: list[str] = []
    window.tasks.run_db(window.services.settings.language, stored.append)
    qtbot.waitUntil(lambda: bool(stored))
    assert stored == ["en"]
    window.view.vi_action.trigger()
    qtbot.waitUntil(lambda: window.view.file_menu.title() == "&Tệp")
    assert row_of(window, "Tháng 09/2026")[Column.STATUS] == "Đã hoàn thành"


def test_stored_language_is_used_at_start(qtbot: Any, home: DataHome) -> None:
    with Services.open(home) as svc:
        svc.settings.set_language("en")
    launcher, c = start(qtbot, home)
    try:
        assert c.proxy.headerData(0, Qt.Orientation.Horizontal) == "Period"
    finally:
        c.view.close()
        launcher.shutdown()


def test_folder_not_set_up_shows_what_comes_next(qtbot: Any, empty_home: DataHome) -> None:
    launcher, c = start(qtbot, empty_home)
    try:
        v = c.view
        assert v.pages.currentIndex() == PAGE_MESSAGE
        assert v.heading.text() == "Thư mục dữ liệu này chưa được thiết lập"
        assert "Bước tiếp theo: thiết lập đơn vị" in v.message.text()
        assert str(empty_home.root) in v.message.text()
        assert not v.filter_edit.isEnabled()
    finally:
        c.view.close()
        launcher.shutdown()


def test_package_argument_with_a_bad_file_shows_it_rejected(
    qtbot: Any, home: DataHome, tmp_path: Path
) -> None:
    package = tmp_path / "bao-cao-thang-10.dlxh"
    package.write_bytes(b"not a package")
    launcher, c = start(qtbot, home, package=package)
    try:
        qtbot.waitUntil(lambda: c.imports.dialog is not None, timeout=15_000)
        dlg = c.imports.dialog
        assert dlg is not None and dlg.isVisible()
        assert dlg.rows() == [
            ["bao-cao-thang-10.dlxh", "Bị từ chối", "Không phải là gói dữ liệu DLXH", "", ""]
        ]
        assert package.read_bytes() == b"not a package"  # the file is never changed
        dlg.close()
    finally:
        c.view.close()
        launcher.shutdown()


def test_folder_in_use_is_refused_with_a_message(qtbot: Any, home: DataHome) -> None:
    with Services.open(home):  # another window holds the folder
        launcher = Launcher(home=home, tasks=TaskManager())
        codes: list[int] = []
        launcher.failed.connect(codes.append)
        launcher.start()
        # (not qtbot.waitSignal: a signal blocker that outlives its sender crashes PySide)
        qtbot.waitUntil(lambda: bool(codes), timeout=15_000)
        try:
            assert codes == [EXIT_REFUSED]
            box = launcher.error_box
            assert isinstance(box, QMessageBox) and box.isVisible()
            assert "đang được mở trong một cửa sổ hoặc một lệnh DLXH khác" in box.text()
            assert box.informativeText().startswith("Hãy đóng cửa sổ kia trước")
            assert launcher.controller is None
            box.close()
        finally:
            launcher.shutdown()
