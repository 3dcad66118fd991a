"""The one way the interface runs work off the GUI thread (after Anki's ``taskman``).

* ``run_db(fn, on_done, on_error)``: database work, on ONE worker thread, in submission order,
  so writes never collide and SQLite never sees two writers from this program.
* ``run(fn, on_done, on_error)``: anything else (files, rendering, hashing) on a thread pool.

``fn`` runs on the worker; ``on_done(result)`` / ``on_error(exc)`` run back on the GUI thread.
If ``fn`` returns a generator, it is driven to the end on the worker: every item it yields that
looks like a progress record (``done``, ``total``, ``label``) moves a progress dialog, and the
generator's ``return`` value is the result. A task with a ``label`` shows a progress dialog
when it takes longer than half a second (busy indicator until the first progress record).

``shutdown()`` drops pending work and waits for running work, so quitting never destroys a
running thread. Creating a TaskManager moves Python's cycle collection to the GUI thread
(``gui_thread_gc``): a worker must never be the one that frees a Qt object.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from . import gui_thread_gc

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 500

OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]


class TaskCancelled(Exception):
    """Raised into ``on_error`` when the person cancelled a task from its progress dialog."""


@dataclass
class _Task:
    id: int
    on_done: OnDone | None
    on_error: OnError | None
    label: str | None
    cancellable: bool
    cancelled: bool = False
    finished: bool = False
    dialog: QProgressDialog | None = None
    timer: QTimer | None = None
    last_progress: Any = field(default=None)


def is_progress(item: object) -> bool:
    return all(hasattr(item, a) for a in ("done", "total", "label"))


class TaskManager(QObject):
    """Runs callables off the GUI thread and delivers outcomes on it.

    Signals:
        busy_changed(bool): True when the first task starts, False when none is left.
        unhandled_error(object): an exception of a task that had no ``on_error``.
    """

    busy_changed = Signal(bool)
    unhandled_error = Signal(object)

    # Internal, emitted from worker threads, received (queued) on the GUI thread.
    _succeeded = Signal(int, object)  # task id, result
    _failed = Signal(int, object)  # task id, exception
    _progress = Signal(int, object)  # task id, progress record

    def __init__(
        self, parent: QObject | None = None, *, progress_delay_ms: int = PROGRESS_DELAY_MS
    ) -> None:
        super().__init__(parent)
        gui_thread_gc.install()
        self._delay = progress_delay_ms
        self._ids = itertools.count(1)
        self._tasks: dict[int, _Task] = {}
        self._closing = False
        self._dialog_parent: QWidget | None = None
        self._db_pool = QThreadPool(self)
        self._db_pool.setMaxThreadCount(1)  # the single database worker
        self._db_pool.setExpiryTimeout(-1)  # keep the same thread for the whole session
        self._pool = QThreadPool(self)
        self._succeeded.connect(self._on_succeeded, Qt.ConnectionType.QueuedConnection)
        self._failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)

    # ------------------------------------------------------------------ public API

    def set_dialog_parent(self, widget: QWidget | None) -> None:
        """The window progress dialogs are shown over."""
        self._dialog_parent = widget

    def run_db(
        self,
        fn: Callable[[], Any],
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        *,
        label: str | None = None,
        cancellable: bool = False,
    ) -> int:
        """Queue database work on the single database worker; returns the task id."""
        return self._submit(self._db_pool, fn, on_done, on_error, label, cancellable)

    def run(
        self,
        fn: Callable[[], Any],
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        *,
        label: str | None = None,
        cancellable: bool = False,
    ) -> int:
        """Run other work (files, rendering) on the thread pool; returns the task id."""
        return self._submit(self._pool, fn, on_done, on_error, label, cancellable)

    @property
    def pending(self) -> int:
        """How many tasks have not delivered their outcome yet."""
        return len(self._tasks)

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Drop queued work, wait for running work; outcomes are no longer delivered.

        Returns False if a task was still running after ``timeout_ms``.
        """
        self._closing = True
        for task in self._tasks.values():
            task.cancelled = True
            self._close_dialog(task)
        self._db_pool.clear()
        self._pool.clear()
        ok = self._db_pool.waitForDone(timeout_ms) and self._pool.waitForDone(timeout_ms)
        self._tasks.clear()
        return ok

    # ------------------------------------------------------------------ internals

    def _submit(
        self,
        pool: QThreadPool,
        fn: Callable[[], Any],
        on_done: OnDone | None,
        on_error: OnError | None,
        label: str | None,
        cancellable: bool,
    ) -> int:
        if self._closing:
            raise RuntimeError("the task manager is shut down")
        task = _Task(next(self._ids), on_done, on_error, label, cancellable)
        was_idle = not self._tasks
        self._tasks[task.id] = task
        if label is not None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda tid=task.id: self._show_dialog(tid))
            timer.start(self._delay)
            task.timer = timer
        pool.start(lambda: self._work(task, fn))
        if was_idle:
            self.busy_changed.emit(True)
        return task.id

    def _work(self, task: _Task, fn: Callable[[], Any]) -> None:
        """Runs on a worker thread: never touches widgets, only emits."""
        try:
            if task.cancelled:
                raise TaskCancelled()
            result = fn()
            if isinstance(result, Generator):
                result = self._drive(task, result)
        except BaseException as exc:  # delivered to on_error on the GUI thread
            self._failed.emit(task.id, exc)
        else:
            self._succeeded.emit(task.id, result)

    def _drive(self, task: _Task, gen: Generator[Any, None, Any]) -> Any:
        while True:
            if task.cancelled:
                gen.close()
                raise TaskCancelled()
            try:
                item = next(gen)
            except StopIteration as stop:
                return stop.value
            if is_progress(item):
                self._progress.emit(task.id, item)

    @Slot(int, object)
    def _on_progress(self, task_id: int, record: Any) -> None:
        task = self._tasks.get(task_id)
        if task is None:
            return
        task.last_progress = record
        if task.dialog is not None:
            self._apply_progress(task.dialog, record)

    @Slot(int, object)
    def _on_succeeded(self, task_id: int, result: Any) -> None:
        self._on_finished(task_id, True, result)

    @Slot(int, object)
    def _on_failed(self, task_id: int, exc: Any) -> None:
        self._on_finished(task_id, False, exc)

    def _on_finished(self, task_id: int, ok: bool, payload: Any) -> None:
        task = self._tasks.pop(task_id, None)
        if task is None or self._closing:
            return
        task.finished = True
        self._close_dialog(task)
        if not self._tasks:
            self.busy_changed.emit(False)
        if ok:
            if task.on_done is not None:
                task.on_done(payload)
        elif task.on_error is not None:
            task.on_error(payload)
        elif not isinstance(payload, TaskCancelled):
            log.error("task failed", exc_info=payload)
            self.unhandled_error.emit(payload)

    def _show_dialog(self, task_id: int) -> None:
        task = self._tasks.get(task_id)
        if task is None or task.finished or self._closing or task.label is None:
            return
        dlg = QProgressDialog(self._dialog_parent)
        dlg.setWindowTitle("DLXH Desktop")
        dlg.setLabelText(task.label)
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(0)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        dlg.setMinimumWidth(360)
        if task.cancellable:
            dlg.setCancelButtonText(self.tr("Cancel"))
            dlg.canceled.connect(lambda: self._cancel(task_id))
        else:
            dlg.setCancelButton(None)
        dlg.setRange(0, 0)  # busy until a progress record arrives
        task.dialog = dlg
        if task.last_progress is not None:
            self._apply_progress(dlg, task.last_progress)
        dlg.show()

    def _apply_progress(self, dlg: QProgressDialog, record: Any) -> None:
        total = int(record.total or 0)
        done = int(record.done or 0)
        if total > 0:
            dlg.setRange(0, total)
            dlg.setValue(min(done, total))
        else:
            dlg.setRange(0, 0)
        if record.label:
            dlg.setLabelText(str(record.label))

    def _cancel(self, task_id: int) -> None:
        task = self._tasks.get(task_id)
        if task is not None:
            task.cancelled = True

    def _close_dialog(self, task: _Task) -> None:
        if task.timer is not None:
            task.timer.stop()
            task.timer.deleteLater()
            task.timer = None
        if task.dialog is not None:
            dlg = task.dialog
            task.dialog = None
            dlg.blockSignals(True)  # closing must not read as "cancel"
            dlg.close()
            dlg.deleteLater()
