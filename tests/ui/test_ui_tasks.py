"""The task helper: work off the GUI thread, outcomes on it, progress, clean shutdown."""

from __future__ import annotations

import threading
import time
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from dlxh_desktop.services.errors import ServiceError
from dlxh_desktop.ui.tasks import TaskCancelled, TaskManager


@dataclass(frozen=True)
class Step:
    done: int
    total: int
    label: str


def visible_progress_dialog() -> QProgressDialog | None:
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QProgressDialog) and w.isVisible():
            return w
    return None


@pytest.fixture
def tasks(qapp: QApplication) -> Iterator[TaskManager]:
    tm = TaskManager(progress_delay_ms=100)
    yield tm
    assert tm.shutdown(5_000)


def test_result_is_delivered_on_the_gui_thread(qtbot: Any, tasks: TaskManager) -> None:
    worker_threads: list[QThread] = []
    got: list[tuple[int, QThread]] = []

    def work() -> int:
        worker_threads.append(QThread.currentThread())
        return 42

    tasks.run_db(work, lambda r: got.append((r, QThread.currentThread())))
    qtbot.waitUntil(lambda: bool(got))
    gui = QApplication.instance().thread()  # type: ignore[union-attr]
    assert got == [(42, gui)]
    assert worker_threads[0] is not gui


def test_error_is_delivered_on_the_gui_thread(qtbot: Any, tasks: TaskManager) -> None:
    errors: list[tuple[BaseException, QThread]] = []

    def work() -> None:
        raise ServiceError("report_unknown", report=7)

    tasks.run(
        work,
        lambda _r: pytest.fail("no result expected"),
        lambda e: errors.append((e, QThread.currentThread())),
    )
    qtbot.waitUntil(lambda: bool(errors))
    exc, thread = errors[0]
    assert isinstance(exc, ServiceError) and exc.code == "report_unknown"
    assert thread is QApplication.instance().thread()  # type: ignore[union-attr]


def test_error_without_handler_is_signalled(qtbot: Any, tasks: TaskManager) -> None:
    with qtbot.waitSignal(tasks.unhandled_error) as sig:
        tasks.run(lambda: 1 / 0)
    assert isinstance(sig.args[0], ZeroDivisionError)


def test_database_work_runs_one_at_a_time_in_order(qtbot: Any, tasks: TaskManager) -> None:
    active = 0
    most = 0
    order: list[int] = []
    lock = threading.Lock()

    def job(n: int) -> int:
        nonlocal active, most
        with lock:
            active += 1
            most = max(most, active)
        time.sleep(0.02)
        with lock:
            active -= 1
        return n

    for n in range(6):
        tasks.run_db(lambda n=n: job(n), order.append)
    qtbot.waitUntil(lambda: len(order) == 6)
    assert order == list(range(6))
    assert most == 1


def test_generator_progress_shows_a_dialog_and_returns_its_value(
    qtbot: Any, tasks: TaskManager
) -> None:
    release = threading.Event()
    results: list[str] = []

    def work() -> Generator[Step, None, str]:
        yield Step(3, 10, "Đang kiểm tra…")
        release.wait(5)
        yield Step(10, 10, "Xong")
        return "kết quả"

    tasks.run(work, results.append, label="Đang làm việc…")

    qtbot.waitUntil(
        lambda: visible_progress_dialog() is not None and visible_progress_dialog().maximum() == 10
    )  # type: ignore[union-attr]
    dlg = visible_progress_dialog()
    assert dlg is not None
    assert dlg.value() == 3
    assert dlg.labelText() == "Đang kiểm tra…"
    release.set()
    qtbot.waitUntil(lambda: bool(results))
    assert results == ["kết quả"]
    qtbot.waitUntil(lambda: visible_progress_dialog() is None)


def test_quick_work_shows_no_dialog(qtbot: Any, tasks: TaskManager) -> None:
    done: list[int] = []
    tasks.run_db(lambda: 1, done.append, label="Đang mở…")
    qtbot.waitUntil(lambda: bool(done))
    qtbot.wait(150)
    assert visible_progress_dialog() is None


def test_cancelling_a_generator_task(qtbot: Any, tasks: TaskManager) -> None:
    errors: list[BaseException] = []
    closed = threading.Event()

    def work() -> Generator[Step, None, None]:
        try:
            for i in range(1000):
                yield Step(i, 1000, "…")
                time.sleep(0.01)
        finally:
            closed.set()

    tasks.run(work, None, errors.append, label="Đang chạy…", cancellable=True)
    qtbot.waitUntil(lambda: visible_progress_dialog() is not None)
    dlg = visible_progress_dialog()
    assert dlg is not None
    button = dlg.findChild(QPushButton)
    assert button is not None and button.text() == "Hủy"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], TaskCancelled)
    assert closed.is_set()


def test_shutdown_waits_for_running_work_and_drops_outcomes(qapp: QApplication) -> None:
    tm = TaskManager()
    started = threading.Event()
    finished = threading.Event()
    delivered: list[object] = []

    def slow() -> str:
        started.set()
        time.sleep(0.2)
        finished.set()
        return "late"

    tm.run_db(slow, delivered.append)
    tm.run_db(lambda: "queued", delivered.append)
    assert started.wait(5)
    assert tm.shutdown(5_000)
    assert finished.is_set()
    QApplication.processEvents()
    assert delivered == []
    with pytest.raises(RuntimeError):
        tm.run(lambda: None)
