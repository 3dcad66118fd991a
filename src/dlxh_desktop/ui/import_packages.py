"""Importing ``.dlxh`` packages: chosen in File → Import packages, or given on the command line
(the file association). The import service runs on the database worker, a progress dialog
follows it, and a results dialog says what happened to each file.

Without an OS keyring the unit's keys are in a passphrase-protected file: the passphrase comes
from ``DLXH_KEY_PASSPHRASE`` or is asked once (password field) and kept in memory for the run.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog

from dlxh_desktop.errors import DlxhError
from dlxh_desktop.services.app import Services
from dlxh_desktop.services.exchange_context import ExchangeContext
from dlxh_desktop.services.package_import import ImportResult, import_paths
from dlxh_desktop.services.progress import Progress

from . import i18n
from .import_results import ImportResultsDialog
from .prompts import AskPassphrase

if TYPE_CHECKING:
    from .main_window_controller import MainWindowController

log = logging.getLogger(__name__)

PASSPHRASE_ENV = "DLXH_KEY_PASSPHRASE"
NEEDS_PASSPHRASE = {"passphrase_unavailable", "passphrase_required"}
WRONG_PASSPHRASE = "wrong_passphrase"


@dataclass(frozen=True)
class ImportOutcome:
    results: list[ImportResult]
    unit_names: dict[str, str]  # sender code → unit name, for the units in our tree


class PackageImports(QObject):
    """Runs imports for the main window and shows their results.

    Signals:
        finished(object): an import finished and its results dialog is on screen
            (the ``ImportOutcome``).
    """

    finished = Signal(object)

    def __init__(self, window: MainWindowController, *, ask_passphrase: AskPassphrase) -> None:
        super().__init__(window)
        self.window = window
        self.ask_passphrase = ask_passphrase
        self.dialog: ImportResultsDialog | None = None
        self._passphrase: str | None = None  # typed once, kept in memory for this run
        self._last_folder: str = ""
        window.view.import_action.triggered.connect(self.choose_files)

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.window.view,
            self.tr("Import packages"),
            self._last_folder,
            self.tr("DLXH packages (*.dlxh);;All files (*)"),
        )
        if paths:
            self._last_folder = str(Path(paths[0]).parent)
            self.start([Path(p) for p in paths])

    def start(self, paths: Sequence[Path]) -> None:
        """Import ``paths`` (files or folders) off the GUI thread."""
        svc = self.window.services
        label = self.tr("Importing packages…")
        step = self.tr("Importing packages: %1 of %2 done (%3)")

        def work() -> Generator[Progress, None, ImportOutcome]:
            ctx = svc.exchange
            ctx.passphrase_source = self._passphrase_source
            _load_keys_first(ctx)
            results: list[ImportResult] = []
            for item in import_paths(ctx, list(paths)):
                if isinstance(item, ImportResult):
                    results.append(item)
                elif item.done:
                    text = step.replace("%1", str(item.done)).replace("%2", str(item.total))
                    yield Progress(item.done, item.total, text.replace("%3", item.label))
                else:
                    yield Progress(0, item.total, label)
            return ImportOutcome(results, _unit_names(svc, results))

        self.window.tasks.run_db(
            work, self._on_done, lambda err: self._on_error(err, paths), label=label
        )

    def _passphrase_source(self, _purpose: str, _new: bool) -> str | None:
        """Runs on the worker: never asks, only hands over what is known."""
        return os.environ.get(PASSPHRASE_ENV) or self._passphrase

    def _on_done(self, outcome: ImportOutcome) -> None:
        self.window.reload()
        dlg = ImportResultsDialog(outcome.results, outcome.unit_names, self.window.view)
        dlg.open()  # window-modal, never blocks the event loop
        self.dialog = dlg
        self.finished.emit(outcome)

    def _on_error(self, err: BaseException, paths: Sequence[Path]) -> None:
        code = getattr(err, "code", "")
        if code in NEEDS_PASSPHRASE or code == WRONG_PASSPHRASE:
            problem = i18n.error_text(err) if code == WRONG_PASSPHRASE else ""
            self._passphrase = None
            typed = self.ask_passphrase(self.window.view, problem)
            if typed:
                self._passphrase = typed
                self.start(paths)
            else:
                self.window.view.statusBar().showMessage(
                    self.tr("Import cancelled: nothing was imported."), 10_000
                )
            return
        self.window.show_error(err)


def _load_keys_first(ctx: ExchangeContext) -> None:
    """Open this unit's keys before any file is touched, so a missing or wrong passphrase
    stops the import at once (and is asked for) instead of half-way through a batch."""
    try:
        ctx.identity()
    except DlxhError as exc:
        if exc.code in NEEDS_PASSPHRASE or exc.code == WRONG_PASSPHRASE:
            raise
        # No keys here (not set up, a directory-only import...): the files decide.


def _unit_names(svc: Services, results: Sequence[ImportResult]) -> dict[str, str]:
    names: dict[str, str] = {}
    for code in {r.sender_unit for r in results if r.sender_unit}:
        with contextlib.suppress(DlxhError):  # not in our tree: the code is shown
            names[code] = svc.units.get(code).name
    return names
