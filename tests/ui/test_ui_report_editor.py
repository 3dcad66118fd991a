"""The report editor on a real data folder: autosave, rows, close, read-only, check, new report."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from conftest import NOW
from dlxh_desktop.domain import Period, ReportKind, ReportStatus, Trend
from dlxh_desktop.paths import DataHome
from dlxh_desktop.services.app import Services
from dlxh_desktop.services.clock import FixedClock
from dlxh_desktop.ui.main_window_controller import MainWindowController
from dlxh_desktop.ui.report_editor_controller import ReportEditorController
from dlxh_desktop.ui.report_editor_view import S_CONTENT, S_TOPIC, S_TREND
from dlxh_desktop.ui.report_table_model import REPORT_ID_ROLE
from dlxh_desktop.ui.tasks import TaskManager


@pytest.fixture
def svc(home: DataHome) -> Iterator[Services]:
    with Services.open(home, FixedClock(NOW)) as s:
        yield s


@pytest.fixture
def tasks() -> Iterator[TaskManager]:
    tm = TaskManager()
    yield tm
    tm.shutdown()


def report_id(svc: Services, period: str, status: ReportStatus) -> int:
    rows = [
        r.summary
        for r in svc.reports.list()
        if str(r.summary.period) == period and r.summary.status is status
    ]
    assert len(rows) == 1, rows
    return rows[0].id


def open_editor(
    qtbot: Any, tasks: TaskManager, svc: Services, rid: int, **kw: Any
) -> ReportEditorController:
    editor = ReportEditorController(
        tasks=tasks,
        services=svc,
        report=svc.reports.get(rid),
        topics=svc.settings.topics(),
        **kw,
    )
    qtbot.addWidget(editor.view)
    editor.show()
    return editor


def test_typing_in_the_assessment_is_saved_after_two_seconds(
    qtbot: Any, tasks: TaskManager, svc: Services
) -> None:
    rid = report_id(svc, "2026-11", ReportStatus.DRAFT)
    editor = open_editor(qtbot, tasks, svc, rid)
    assert not editor.view.read_only
    editor.view.assessment.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.view.assessment, " Them y kien.")  # QTest types ASCII only
    assert editor.timer.isActive()
    assert "Them y kien" not in svc.reports.get(rid).content.assessment  # not yet
    qtbot.waitUntil(
        lambda: svc.reports.get(rid).content.assessment.endswith("Them y kien."), timeout=2500
    )
    qtbot.waitUntil(lambda: editor.view.saved_label.text().startswith("Đã lưu lúc "))
    editor.close()


def test_adding_a_stream_row_saves_the_chosen_topic(
    qtbot: Any, tasks: TaskManager, svc: Services
) -> None:
    rid = report_id(svc, "2026-11", ReportStatus.DRAFT)
    editor = open_editor(qtbot, tasks, svc, rid, autosave_ms=50)
    v = editor.view
    qtbot.mouseClick(v.streams_box.add_button, Qt.MouseButton.LeftButton)
    row = v.streams.rowCount() - 1
    assert row == 1
    topic = v.streams.cellWidget(row, S_TOPIC)
    assert isinstance(topic, QComboBox)
    topic.setCurrentIndex(topic.findText("Nhà ở, nhà trọ", Qt.MatchFlag.MatchContains))
    chosen = topic.currentData()
    trend = v.streams.cellWidget(row, S_TREND)
    assert isinstance(trend, QComboBox)
    trend.setCurrentIndex(trend.findData(Trend.NEGATIVE.value))
    v.streams.item(row, S_CONTENT).setText("Thiếu nhà trọ giá rẻ gần khu công nghiệp.")

    def saved() -> bool:
        streams = svc.reports.get(rid).content.streams
        return len(streams) == 2 and streams[1].content.startswith("Thiếu nhà trọ")

    qtbot.waitUntil(saved, timeout=2500)
    new = svc.reports.get(rid).content.streams[1]
    assert new.topic == chosen
    assert new.trend is Trend.NEGATIVE
    # the first stream keeps the fields this window does not show
    assert svc.reports.get(rid).content.streams[0].scope_people == 1500
    editor.close()


def test_closing_saves_at_once(qtbot: Any, tasks: TaskManager, svc: Services) -> None:
    rid = report_id(svc, "2026-11", ReportStatus.DRAFT)
    editor = open_editor(qtbot, tasks, svc, rid)  # two seconds: closing must not wait for it
    editor.view.forecast.setPlainText("Dự báo: tình hình tiếp tục ổn định.")
    with qtbot.waitSignal(editor.closed, timeout=2000):
        qtbot.keyClick(editor.view, Qt.Key.Key_Escape)
    assert svc.reports.get(rid).content.forecast == "Dự báo: tình hình tiếp tục ổn định."


def test_a_finalized_report_opens_read_only(qtbot: Any, tasks: TaskManager, svc: Services) -> None:
    rid = report_id(svc, "2026-09", ReportStatus.FINALIZED)
    editor = open_editor(qtbot, tasks, svc, rid)
    v = editor.view
    assert v.read_only
    assert v.assessment.isReadOnly()
    assert not v.streams_box.add_button.isEnabled()
    assert not v.finalize_button.isEnabled()
    assert "01/BC-LĐLĐ" in v.heading.text()
    assert "Đã hoàn thành" in v.heading.text()
    qtbot.keyClicks(v.assessment, "khong sua")
    assert not editor.timer.isActive() and not editor.dirty
    editor.close()


def test_check_lists_the_missing_assessment_in_vietnamese(
    qtbot: Any, tasks: TaskManager, svc: Services
) -> None:
    rid = report_id(svc, "2026-11", ReportStatus.DRAFT)
    editor = open_editor(qtbot, tasks, svc, rid)
    v = editor.view
    v.assessment.clear()
    qtbot.mouseClick(v.validate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: v.findings.count() > 0, timeout=2000)
    lines = [v.findings.item(i).text() for i in range(v.findings.count())]
    assert "Lỗi — Đánh giá chung: Chưa có phần đánh giá chung." in lines
    assert svc.reports.get(rid).content.assessment == ""  # checking saved first
    editor.close()


def test_finalize_after_confirmation_turns_the_window_read_only(
    qtbot: Any, tasks: TaskManager, svc: Services
) -> None:
    rid = report_id(svc, "2026-11", ReportStatus.DRAFT)
    asked: list[QMessageBox] = []

    def yes(box: QMessageBox) -> bool:
        asked.append(box)
        return True

    editor = open_editor(qtbot, tasks, svc, rid, confirm=yes)
    qtbot.mouseClick(editor.view.finalize_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.view.read_only, timeout=3000)
    assert len(asked) == 1
    number = svc.reports.get(rid).number
    assert svc.reports.get(rid).status is ReportStatus.FINALIZED
    assert number in editor.view.saved_label.text()
    editor.close()


def test_new_report_from_the_main_window_opens_an_editor(qtbot: Any, home: DataHome) -> None:
    from test_ui_main_window import start

    def ask(_parent: QWidget, month: Period, today: date) -> tuple[ReportKind, Period]:
        assert month == Period.month(2026, 11)
        return ReportKind.QUICK, Period.of_day(today)

    launcher, window = start(qtbot, home)
    assert isinstance(window, MainWindowController)
    window.ask_new_report = ask
    window.view.new_report_action.trigger()
    qtbot.waitUntil(lambda: len(window.editors) == 1, timeout=3000)
    editor = next(iter(window.editors.values()))
    assert not editor.view.read_only
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 6, timeout=3000)
    # Ctrl+E on the new draft: its editor is already open, it comes to the front
    window.view.table.setFocus()
    for row in range(window.proxy.rowCount()):
        index = window.proxy.index(row, 0)
        if index.data(REPORT_ID_ROLE) == editor.report_id:
            window.view.table.setCurrentIndex(index)
    window.view.edit_report_action.trigger()  # already open: shown again
    assert len(window.editors) == 1
    with qtbot.waitSignal(editor.closed, timeout=2000):
        editor.close()
    assert window.editors == {}
    window.view.close()
    launcher.shutdown()


def test_export_pdf_writes_the_chosen_file(
    qtbot: Any, tasks: TaskManager, svc: Services, tmp_path: Path
) -> None:
    rid = report_id(svc, "2026-11", ReportStatus.DRAFT)
    editor = open_editor(
        qtbot, tasks, svc, rid, choose_pdf=lambda _parent, _suggested: str(tmp_path / "bc")
    )
    qtbot.mouseClick(editor.view.export_button, Qt.MouseButton.LeftButton)
    out = tmp_path / "bc.pdf"
    qtbot.waitUntil(lambda: "Đã ghi tệp PDF" in editor.view.saved_label.text(), timeout=10_000)
    assert out.read_bytes().startswith(b"%PDF")
    editor.close()


def test_a_thematic_report_gets_its_title_from_the_editor(
    qtbot: Any, tasks: TaskManager, svc: Services
) -> None:
    from dlxh_desktop.domain import ReportContent

    draft = svc.reports.create(
        ReportKind.THEMATIC, Period.parse("2026-Q4"), ReportContent(assessment="Đánh giá.")
    )
    assert draft.id is not None
    assert any(f.code == "title_missing" for f in svc.reports.validate(draft.id))
    editor = open_editor(qtbot, tasks, svc, draft.id)
    assert editor.view.title.placeholderText() == "Bắt buộc đối với báo cáo chuyên đề"
    qtbot.keyClicks(editor.view.title, "Tu tuong CNLD ve sap xep bo may")
    qtbot.waitUntil(lambda: svc.reports.get(draft.id or 0).content.title != "", timeout=2500)
    assert svc.reports.get(draft.id).content.title == "Tu tuong CNLD ve sap xep bo may"
    assert not any(f.code == "title_missing" for f in svc.reports.validate(draft.id))
    editor.close()
