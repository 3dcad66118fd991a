"""The "Data" menu: back up now, restore from a backup, check the data, open the backup folder;
and the daily automatic backup while the window stays open.

Every file and database step runs on the database worker (``tasks.run_db``): a backup reads
the database, a restore replaces it, and neither may meet a write of this program half-way.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from dlxh_desktop.services import maintenance
from dlxh_desktop.services.app import Services

from . import i18n
from .prompts import Confirm, exec_confirm, notice, question

if TYPE_CHECKING:
    from .main_window_controller import MainWindowController

log = logging.getLogger(__name__)

AUTO_BACKUP_CHECK_MS = 60 * 60 * 1000  # hourly look; backup_if_due makes at most one a day


@dataclass(frozen=True)
class Restored:
    """Outcome of a restore: the data folder is open again either way."""

    services: Services
    aside: Path | None  # where the replaced database was set aside
    error: BaseException | None  # the restore was refused; the data is as it was


@dataclass(frozen=True)
class CheckOutcome:
    problems: list[str]
    good_backup: Path | None  # the newest good backup, looked up only when there are problems


def restore_and_reopen(svc: Services, source: Path) -> Restored:
    """Runs on the database worker: close, restore, open again (also when refused)."""
    home, clock = svc.home, svc.clock
    svc.close()
    try:
        aside = maintenance.restore(home, source, clock.now())
    except Exception as exc:  # refused (damaged, too new...): reopen the data as it was
        return Restored(Services.open(home, clock), None, exc)
    return Restored(Services.open(home, clock), aside, None)


class DataActions(QObject):
    """Backups, restore and checks of the window's open data folder.

    Signals:
        backed_up(object): a backup file was written (its ``Path``), by hand or automatically.
        restored(object): a backup replaced the data (the ``Path`` the old data went to).
        checked(object): a check finished (its ``CheckOutcome``).
    """

    backed_up = Signal(object)
    restored = Signal(object)
    checked = Signal(object)

    def __init__(self, window: MainWindowController, *, confirm: Confirm = exec_confirm) -> None:
        super().__init__(window)
        self.window = window
        self.confirm = confirm
        self.last_box: QMessageBox | None = None  # the latest notice (tests read it)
        self.timer = QTimer(self)
        self.timer.setInterval(AUTO_BACKUP_CHECK_MS)
        self.timer.timeout.connect(self.backup_if_due)
        v = window.view
        v.closing.connect(self.timer.stop)  # never left running for a destructor elsewhere
        v.backup_action.triggered.connect(self.choose_backup_file)
        v.restore_action.triggered.connect(self.choose_restore_file)
        v.check_action.triggered.connect(self.check)
        v.open_backups_action.triggered.connect(self.open_backup_folder)

    # ------------------------------------------------------------------ back up

    def choose_backup_file(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"dlxh-sao-luu-{datetime.now():%Y%m%d-%H%M}.sqlite"
        path, _ = QFileDialog.getSaveFileName(
            self.window.view,
            self.tr("Back up the data"),
            str(Path(folder or Path.home()) / name),
            self.tr("DLXH backups (*.sqlite)"),
        )
        if path:
            self.backup_to(Path(path))

    def backup_to(self, out: Path) -> None:
        home = self.window.services.home
        self.window.tasks.run_db(
            lambda: maintenance.backup_now(home, out),
            self._on_backed_up,
            self.window.show_error,
            label=self.tr("Backing up the data…"),
        )

    def _on_backed_up(self, path: Path) -> None:
        self._notice(
            QMessageBox.Icon.Information,
            self.tr("The data was backed up."),
            self.tr(
                "The copy is in %1. Keep it on another disk or a USB stick; it can be "
                "restored with Data → Restore from a backup."
            ).replace("%1", str(path)),
            name="backupDone",
        )
        self.backed_up.emit(path)

    # ------------------------------------------------------------------ daily backup

    def backup_if_due(self, now: datetime | None = None) -> None:
        """The hourly look: at most one automatic backup a day (off the GUI thread)."""
        svc = self.window.services
        at = now or svc.clock.now()
        self.window.tasks.run_db(
            lambda: maintenance.backup_if_due(svc.home, at),
            self._on_auto_backup,
            self._on_auto_backup_failed,
        )

    def _on_auto_backup(self, path: Path | None) -> None:
        if path is None:
            return
        self.window.view.statusBar().showMessage(
            self.tr("Daily backup made: %1").replace("%1", path.name), 10_000
        )
        self.backed_up.emit(path)

    def _on_auto_backup_failed(self, err: BaseException) -> None:
        log.warning("the daily backup failed: %s", err)
        self.window.view.statusBar().showMessage(
            self.tr("The daily backup failed: %1").replace("%1", i18n.error_text(err))
        )

    # ------------------------------------------------------------------ restore

    def choose_restore_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window.view,
            self.tr("Restore from a backup"),
            str(self.window.services.home.backups),
            self.tr("DLXH backups (*.sqlite);;All files (*)"),
        )
        if path:
            self.restore_from(Path(path))

    def restore_from(self, source: Path) -> None:
        """Ask, then replace the data by ``source`` (the current data is kept aside)."""
        box = question(
            self.window.view,
            self.tr("Restore from a backup"),
            self.tr("Replace the data by the backup %1?").replace("%1", source.name),
            self.tr(
                "The current data is not deleted: it is kept aside in the data folder, in a "
                "file whose name starts with 'dlxh.sqlite.before-restore'. Anything entered "
                "after the backup was made will not be in the restored data."
            ),
        )
        if not self.confirm(box):
            return
        svc = self.window.services
        self.window.tasks.run_db(
            lambda: restore_and_reopen(svc, source),
            self._on_restored,
            self.window.show_error,
            label=self.tr("Restoring the data…"),
        )

    def _on_restored(self, outcome: Restored) -> None:
        self.window.adopt_services(outcome.services)
        if outcome.error is not None:
            self._notice(
                QMessageBox.Icon.Warning,
                self.tr("The backup was not restored."),
                i18n.error_text(outcome.error) + " " + self.tr("The data was not changed."),
                name="restoreRefused",
            )
            return
        where = str(outcome.aside) if outcome.aside else ""
        self._notice(
            QMessageBox.Icon.Information,
            self.tr("The data was restored from the backup."),
            self.tr("The previous data is kept in %1.").replace("%1", where) if where else "",
            name="restoreDone",
        )
        self.restored.emit(outcome.aside)

    # ------------------------------------------------------------------ check

    def check(self) -> None:
        home = self.window.services.home

        def work() -> CheckOutcome:
            problems = maintenance.check(home)
            good = maintenance.newest_good_backup(home) if problems else None
            return CheckOutcome(problems, good)

        self.window.tasks.run_db(
            work, self._on_checked, self.window.show_error, label=self.tr("Checking the data…")
        )

    def _on_checked(self, outcome: CheckOutcome) -> None:
        self.checked.emit(outcome)
        if not outcome.problems:
            self._notice(
                QMessageBox.Icon.Information,
                self.tr("The data has no errors."),
                self.tr("The whole database was checked."),
                name="checkOk",
            )
            return
        problems = self.tr("%n problem(s) found, for example: %1", None, len(outcome.problems))
        problems = problems.replace("%1", outcome.problems[0])
        if outcome.good_backup is None:
            self._notice(
                QMessageBox.Icon.Critical,
                self.tr("The data is damaged."),
                problems
                + "\n\n"
                + self.tr(
                    "There is no good backup to restore. Do not enter anything more; ask the "
                    "person in charge of computers for help. Data folder: %1"
                ).replace("%1", str(self.window.services.home.root)),
                name="checkDamaged",
            )
            return
        box = question(
            self.window.view,
            self.tr("The data is damaged"),
            self.tr("The data is damaged.") + " " + problems,
            self.tr(
                "Restore the newest good backup (%1)? The damaged data is kept aside, not deleted."
            ).replace("%1", outcome.good_backup.name),
        )
        box.setIcon(QMessageBox.Icon.Warning)
        if self.confirm(box):
            svc = self.window.services
            good = outcome.good_backup
            self.window.tasks.run_db(
                lambda: restore_and_reopen(svc, good),
                self._on_restored,
                self.window.show_error,
                label=self.tr("Restoring the data…"),
            )

    # ------------------------------------------------------------------ folder

    def open_backup_folder(self) -> None:
        folder = self.window.services.home.backups
        folder.mkdir(parents=True, exist_ok=True)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self._notice(
                QMessageBox.Icon.Information,
                self.tr("The backups are in %1.").replace("%1", str(folder)),
                name="backupFolder",
            )

    def _notice(
        self, icon: QMessageBox.Icon, text: str, informative: str = "", *, name: str
    ) -> None:
        self.last_box = notice(self.window.view, icon, text, informative, name=name)
