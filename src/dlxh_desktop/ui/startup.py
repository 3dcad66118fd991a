"""Start-up: open the data folder off the GUI thread, then show the main window.

A folder that cannot be opened (another window has it, damaged, too new...) is explained in a
message box and the program ends with a non-zero exit code.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox

from dlxh_desktop.errors import DlxhError
from dlxh_desktop.paths import DataHome
from dlxh_desktop.services.app import Services

from . import i18n
from .main_window_controller import MainWindowController
from .tasks import TaskManager

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_BUG = 1
EXIT_REFUSED = 2  # an expected problem the person was told about (folder in use, damaged...)


class Launcher(QObject):
    """Opens ``home`` and shows the main window on it.

    Signals:
        ready(object): the main window controller, once the window is on screen.
        failed(int): opening failed and ``error_box`` is on screen; the exit code the program
            should end with once the box is closed.
    """

    ready = Signal(object)
    failed = Signal(int)

    def __init__(
        self,
        *,
        home: DataHome,
        tasks: TaskManager,
        language: str | None = None,
        package: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.home = home
        self.tasks = tasks
        self.language = language  # from --lang: overrides the stored setting for this run
        self.package = package
        self.controller: MainWindowController | None = None
        self.error_box: QMessageBox | None = None
        self.exit_code: int | None = None
        self._opened: list[Services] = []  # every Services opened, to close even if undelivered
        self._lock = threading.Lock()
        tasks.unhandled_error.connect(self._on_unhandled)

    def start(self) -> None:
        self.tasks.run_db(
            self._open,
            self._on_opened,
            self._on_failed,
            label=self.tr("Opening the data folder…"),
        )

    def _open(self) -> tuple[Services, str]:
        """Runs on the database worker."""
        svc = Services.open(self.home)
        with self._lock:
            self._opened.append(svc)
        return svc, svc.settings.language()

    def _on_opened(self, result: tuple[Services, str]) -> None:
        svc, stored_language = result
        lang = self.language or stored_language
        if lang != i18n.current_language():
            i18n.install(lang)
        controller = MainWindowController(tasks=self.tasks, services=svc)
        controller.home_changed.connect(self._track)
        self.controller = controller
        controller.reload()
        controller.show()
        if self.package is not None:
            controller.open_package(self.package)
        self.ready.emit(controller)

    def _track(self, svc: Services) -> None:
        with self._lock:
            self._opened.append(svc)

    def _on_failed(self, err: BaseException) -> None:
        known = isinstance(err, DlxhError)
        self.exit_code = EXIT_REFUSED if known else EXIT_BUG
        if not known:
            log.error("opening the data folder failed", exc_info=err)
        text = i18n.error_text(err)
        print_err(text)
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("DLXH Desktop cannot start"),
            text,
            QMessageBox.StandardButton.Close,
        )
        box.setObjectName("startupError")
        hint = self._hint(err)
        if hint:
            box.setInformativeText(hint)
        box.setWindowModality(Qt.WindowModality.ApplicationModal)
        code = self.exit_code
        self.error_box = box
        box.open()
        self.failed.emit(code)

    def _hint(self, err: BaseException) -> str:
        code = getattr(err, "code", "")
        if code == "home_in_use":
            return self.tr("Close the other window first, or choose another data folder.")
        if code in ("db_damaged", "db_too_new"):
            return self.tr("Nothing was changed. Ask the person in charge of computers for help.")
        return ""

    def _on_unhandled(self, err: BaseException) -> None:
        if self.controller is not None:
            self.controller._show_error(err)

    def shutdown(self) -> None:
        """Stop the workers, then close every data folder this run opened."""
        if not self.tasks.shutdown():
            log.error("a task was still running at exit")
        with self._lock:
            opened, self._opened = self._opened, []
        for svc in opened:
            try:
                svc.close()
            except Exception:  # closing twice or a vanished file must not stop the exit
                log.exception("closing %s failed", svc.home.root)


def print_err(text: str) -> None:
    """Also say it on stderr (logs, the smoke test); a windowed program may have none."""
    stream = sys.stderr
    if stream is None:
        return
    try:
        stream.write(text + "\n")
        stream.flush()
    except (OSError, UnicodeEncodeError, ValueError):
        pass
