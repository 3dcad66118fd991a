"""Start-up: show the main window at once, open the data folder off the GUI thread, fill it in.

The window is on screen (saying it is opening the data) before anything imports the storage
layer: the services, SQLAlchemy and the database are imported and opened on the database
worker, and the window fills in when that is done.

A folder that cannot be opened (another window has it, too new...) is explained in a message
box over the window and the program ends with a non-zero exit code. A damaged database is never
opened: the person is told and offered the newest good backup; yes restores it (the damaged
file is kept aside) and fills the window in, no ends the program with nothing changed.
"""

from __future__ import annotations

import logging
import sys
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox

from dlxh_desktop.errors import DlxhError
from dlxh_desktop.paths import DataHome

from . import i18n
from .main_window_view import MainWindowView
from .prompts import AskPassphrase, ask_passphrase_dialog
from .tasks import TaskManager

if TYPE_CHECKING:  # imported on the database worker, after the window is on screen
    from dlxh_desktop.services.app import Services

    from .main_window_controller import MainWindowController

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_BUG = 1
EXIT_REFUSED = 2  # an expected problem the person was told about (folder in use, damaged...)


@dataclass(frozen=True)
class Damaged:
    """The database failed its check at start; what can be offered instead."""

    error: DlxhError
    good_backup: Path | None
    backup_time: datetime | None


def open_or_diagnose(home: DataHome) -> Services | Damaged:
    """Runs on the database worker: the open folder, or why it must not be opened.

    The first call imports the services (SQLAlchemy, the storage layer) here, off the GUI
    thread, so the window is painted while they load.
    """
    from dlxh_desktop.services import maintenance
    from dlxh_desktop.services.app import Services

    try:
        return Services.open(home)
    except DlxhError as err:
        if err.code != "db_damaged":
            raise
        good = maintenance.newest_good_backup(home)
        when = datetime.fromtimestamp(good.stat().st_mtime) if good else None
        return Damaged(err, good, when)


def restore_then_open(home: DataHome, backup: Path) -> tuple[Services, Path | None]:
    """Runs on the database worker: the damaged database is set aside, never deleted."""
    from dlxh_desktop.services import maintenance
    from dlxh_desktop.services.app import Services
    from dlxh_desktop.services.clock import clock_from_env

    aside = maintenance.restore(home, backup, clock_from_env().now())
    return Services.open(home), aside


class Launcher(QObject):
    """Shows the main window at once, opens ``home`` on the database worker, then fills it in.

    The window (``view``) is created by the caller or here; ``start()`` shows it in its
    "opening the data" state before any storage module is imported.

    Signals:
        ready(object): the main window controller, once the data is open and the list is
            being read (the window has been on screen since ``start()``).
        failed(int): opening failed; the exit code the program should end with once
            ``error_box`` is closed (at once when it is None).
        restore_offered(object): the database is damaged and ``restore_box`` asks whether to
            restore the newest good backup (the ``Damaged`` record).
    """

    ready = Signal(object)
    failed = Signal(int)
    restore_offered = Signal(object)

    def __init__(
        self,
        *,
        home: DataHome,
        tasks: TaskManager,
        view: MainWindowView | None = None,
        language: str | None = None,
        package: Path | None = None,
        ask_passphrase: AskPassphrase = ask_passphrase_dialog,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ask_passphrase = ask_passphrase
        self.home = home
        self.tasks = tasks
        self.view = view or MainWindowView()
        self.language = language  # from --lang: overrides the stored setting for this run
        self.package = package
        self.controller: MainWindowController | None = None
        self.error_box: QMessageBox | None = None
        self.restore_box: QMessageBox | None = None
        self.exit_code: int | None = None
        self.restored_aside: Path | None = None  # set when a start-up restore replaced the data
        self._opened: list[Services] = []  # every Services opened, to close even if undelivered
        self._lock = threading.Lock()
        tasks.unhandled_error.connect(self._on_unhandled)
        tasks.set_dialog_parent(self.view)

    def start(self) -> None:
        """Show the window in its opening state and open the data folder on the worker."""
        self.view.show_opening(str(self.home.root))
        if not self.view.isVisible():
            self.view.show()
        # No progress dialog: the window itself says the data is being opened.
        self.tasks.run_db(self._open, self._on_opened, self._on_failed)

    def _open(self) -> tuple[Services, str] | Damaged:
        """Runs on the database worker."""
        opened = open_or_diagnose(self.home)
        if isinstance(opened, Damaged):
            return opened
        kept = self._keep(opened)
        _import_window_services()
        return kept

    def _keep(self, svc: Services) -> tuple[Services, str]:
        with self._lock:
            self._opened.append(svc)
        return svc, svc.settings.language()

    def _on_opened(self, result: tuple[Services, str] | Damaged) -> None:
        if isinstance(result, Damaged):
            self._offer_restore(result)
            return
        from .main_window_controller import MainWindowController

        svc, stored_language = result
        lang = self.language or stored_language
        if lang != i18n.current_language():
            i18n.install(lang)
        controller = MainWindowController(
            tasks=self.tasks, services=svc, view=self.view, ask_passphrase=self.ask_passphrase
        )
        controller.home_changed.connect(self._track)
        self.controller = controller
        controller.reload()
        controller.show()
        if self.restored_aside is not None:
            controller.view.statusBar().showMessage(
                self.tr(
                    "Restored from the newest good backup; the damaged data is kept in %1."
                ).replace("%1", str(self.restored_aside))
            )
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
        self.view.show_not_opened(text)
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("DLXH Desktop cannot start"),
            text,
            QMessageBox.StandardButton.Close,
            self.view,
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

    # ------------------------------------------------------------------ damaged database

    def _offer_restore(self, damaged: Damaged) -> None:
        self.exit_code = EXIT_REFUSED  # unless the person chooses to restore
        text = self.tr(
            "The data is damaged, so DLXH Desktop did not open it (opening it could lose "
            "more). Nothing was changed."
        )
        print_err(text + " (" + i18n.error_text(damaged.error) + ")")
        self.view.show_not_opened(text)
        if damaged.good_backup is None:
            self._refuse(
                text,
                self.tr(
                    "There is no good backup to restore. Ask the person in charge of computers "
                    "for help and keep the data folder as it is: %1"
                ).replace("%1", str(self.home.root)),
            )
            return
        when = damaged.backup_time.strftime("%d/%m/%Y %H:%M") if damaged.backup_time else ""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("The data is damaged"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.view,
        )
        box.setObjectName("restoreOffer")
        box.setInformativeText(
            self.tr(
                "Restore the newest good backup, made %1 (%2)? The damaged data is kept aside "
                "in the data folder, not deleted; what was entered after that backup is not "
                "in it. No closes the program."
            )
            .replace("%1", when)
            .replace("%2", damaged.good_backup.name)
        )
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.setWindowModality(Qt.WindowModality.ApplicationModal)
        # Deleted by Qt on this thread once answered, never by a garbage collection elsewhere.
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: self._on_restore_answer(box, damaged))
        self.restore_box = box
        box.open()  # never blocks: the smoke test quits while it is up
        self.restore_offered.emit(damaged)

    def _on_restore_answer(self, box: QMessageBox, damaged: Damaged) -> None:
        self.restore_box = None
        if box.clickedButton() != box.button(QMessageBox.StandardButton.Yes):
            self.failed.emit(EXIT_REFUSED)  # nothing changed; error_box is None: end now
            return
        assert damaged.good_backup is not None
        good = damaged.good_backup

        def work() -> tuple[Services, str]:
            svc, aside = restore_then_open(self.home, good)
            self.restored_aside = aside
            return self._keep(svc)

        self.exit_code = None
        self.view.show_opening(str(self.home.root))
        self.tasks.run_db(
            work, self._on_opened, self._on_failed, label=self.tr("Restoring the data…")
        )

    def _refuse(self, text: str, informative: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("DLXH Desktop cannot start"),
            text,
            QMessageBox.StandardButton.Close,
            self.view,
        )
        box.setObjectName("startupError")
        box.setInformativeText(informative)
        box.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.error_box = box
        box.open()
        self.failed.emit(EXIT_REFUSED)

    def _hint(self, err: BaseException) -> str:
        code = getattr(err, "code", "")
        if code == "home_in_use":
            return self.tr("Close the other window first, or choose another data folder.")
        if code in ("db_damaged", "db_too_new"):
            return self.tr("Nothing was changed. Ask the person in charge of computers for help.")
        return ""

    def _on_unhandled(self, err: BaseException) -> None:
        if self.controller is not None:
            self.controller.show_error(err)

    def shutdown(self) -> None:
        """Stop the workers, close every data folder this run opened, close the window."""
        if not self.tasks.shutdown():
            log.error("a task was still running at exit")
        if self.controller is None:
            self.view.close()  # never filled in (refused, declined): nothing else owns it
        with self._lock:
            opened, self._opened = self._opened, []
        for svc in opened:
            try:
                svc.close()
            except Exception:  # closing twice or a vanished file must not stop the exit
                log.exception("closing %s failed", svc.home.root)


def _import_window_services() -> None:
    """Runs on the database worker: the services the main window's modules import, so the
    GUI thread finds them loaded instead of importing them between two paints."""
    import dlxh_desktop.services.exchange_context
    import dlxh_desktop.services.package_import
    import dlxh_desktop.services.status  # noqa: F401


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
