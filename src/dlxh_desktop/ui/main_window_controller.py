"""Wires the main window to the services: loading, filtering, details, menus, language."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from dlxh_desktop import __version__
from dlxh_desktop.domain import DeadlineState, Period, Report, ReportStatus, TopicCatalogue
from dlxh_desktop.paths import DataHome
from dlxh_desktop.services.app import Services

from . import i18n
from .data_actions import DataActions
from .import_packages import PackageImports
from .main_window_view import TAB_RECEIVED, TAB_STATUS, MainWindowView
from .prompts import AskPassphrase, Confirm, ask_passphrase_dialog, exec_confirm
from .received_reports import ReceivedReports
from .report_details import ReportDetailsView
from .report_editor_controller import ChoosePath, ReportEditorController, choose_pdf_dialog
from .report_new_dialog import AskNewReport, ask_new_report_dialog
from .report_table_model import (
    REPORT_ID_ROLE,
    Column,
    ReportFilterProxy,
    ReportItem,
    ReportTableModel,
)
from .submission_status import SubmissionStatus
from .tasks import TaskManager

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Snapshot:
    """What the window shows, read in one go on the database worker."""

    home: Path
    unit_code: str | None  # None: the data folder is not set up yet
    unit_name: str
    items: list[ReportItem]
    child_count: int = 0  # active units directly below: they send their reports here
    current_month: Period | None = None  # the month being reported today


def read_snapshot(svc: Services) -> Snapshot:
    """Runs on the database worker."""
    code = svc.settings.own_unit_code()
    if code is None:
        return Snapshot(svc.home.root, None, "", [])
    tree = svc.units.tree()
    cal = svc.settings.calendar()
    items = [ReportItem(r, cal.deadline(r.summary.period)) for r in svc.reports.list()]
    children = sum(1 for u in tree.children(code) if u.active)
    month = cal.current_month(svc.clock.today())
    return Snapshot(svc.home.root, code, tree.get(code).name, items, children, month)


class MainWindowController(QObject):
    """Owns the main window for one open data folder.

    Signals:
        loaded(): the report list was (re)loaded and is on screen.
        load_failed(object): reading the list failed (the exception; the window says why).
        home_changed(object): another data folder is now open (its ``Services``).
        language_switched(str): the person chose another interface language.
    """

    loaded = Signal()
    load_failed = Signal(object)
    home_changed = Signal(object)
    language_switched = Signal(str)

    def __init__(
        self,
        *,
        tasks: TaskManager,
        services: Services,
        view: MainWindowView | None = None,
        confirm: Confirm = exec_confirm,
        ask_passphrase: AskPassphrase = ask_passphrase_dialog,
        ask_new_report: AskNewReport = ask_new_report_dialog,
        choose_pdf: ChoosePath = choose_pdf_dialog,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.services = services
        self.view = view or MainWindowView()
        self.snapshot: Snapshot | None = None
        self.details_view: ReportDetailsView | None = None
        self.editors: dict[int, ReportEditorController] = {}
        self.confirm = confirm
        self.ask_new_report = ask_new_report
        self.choose_pdf = choose_pdf
        self.model = ReportTableModel(self)
        self.proxy = ReportFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view.table.setModel(self.proxy)
        self.view.table.sortByColumn(Column.PERIOD, Qt.SortOrder.DescendingOrder)
        self.tasks.set_dialog_parent(self.view)
        self.received = ReceivedReports(self.view.received, tasks, self)
        self.submissions = SubmissionStatus(self.view.status, tasks, self)
        self.data = DataActions(self, confirm=confirm)
        self.imports = PackageImports(self, ask_passphrase=ask_passphrase)
        self._wire()
        self._sync_language_actions()
        self._show_loading()

    # ------------------------------------------------------------------ public

    def show(self) -> None:
        self.view.set_data_actions_enabled(True)
        self.view.show()
        self.view.table.setFocus()
        self.data.timer.start()  # the daily automatic backup, looked at hourly

    def reload(self) -> None:
        """Read the list again (off the GUI thread)."""
        svc = self.services
        self.tasks.run_db(lambda: read_snapshot(svc), self._on_snapshot, self._on_load_error)

    def open_package(self, path: Path) -> None:
        """Import a package given on the command line (what the .dlxh file association does)."""
        self.imports.start([Path(path)])

    def open_selected(self) -> None:
        index = self.view.table.currentIndex()
        if index.isValid():
            self._open_details(index)

    # ------------------------------------------------------------------ wiring

    def _wire(self) -> None:
        v = self.view
        v.filter_edit.textChanged.connect(self._on_filter)
        v.filter_edit.returnPressed.connect(self._focus_table)
        v.find_action.triggered.connect(self._focus_filter)
        v.table.activated.connect(self._open_details)
        v.received.table.activated.connect(self._open_details)
        v.tabs.currentChanged.connect(self._on_tab_changed)
        for action in v.tab_actions:
            action.triggered.connect(lambda _checked=False, a=action: self.show_tab(int(a.data())))
        self.received.counts_changed.connect(self._update_counts)
        self.submissions.counts_changed.connect(self._update_counts)
        v.open_home_action.triggered.connect(self._choose_home)
        v.new_report_action.triggered.connect(self.new_report)
        v.edit_report_action.triggered.connect(self.edit_selected)
        v.closing.connect(self.close_editors)
        v.about_action.triggered.connect(self._about)
        v.language_group.triggered.connect(self._on_language_action)
        v.language_changed.connect(self._retranslate)

    def _sync_language_actions(self) -> None:
        lang = i18n.current_language()
        self.view.vi_action.setChecked(lang == "vi")
        self.view.en_action.setChecked(lang == "en")

    # ------------------------------------------------------------------ loading

    def _show_loading(self) -> None:
        self.view.setWindowTitle("DLXH Desktop")
        self.view.heading.setText("DLXH Desktop")
        self.view.show_message(escape(self.tr("Loading the reports…")))

    def _on_snapshot(self, snap: Snapshot) -> None:
        self.snapshot = snap
        self.model.set_items(snap.items)
        self.received.stale = self.submissions.stale = True
        if snap.current_month is not None:
            self.submissions.set_current_month(snap.current_month)
        self.view.set_unit_tabs_visible(snap.child_count > 0)
        self._render()
        self._load_current_tab()
        self.loaded.emit()

    def _on_load_error(self, err: BaseException) -> None:
        log.warning("loading the report list failed: %s", err)
        self.view.show_message(
            "<p>" + escape(self.tr("The reports could not be read.")) + "</p>"
            "<p>" + escape(i18n.error_text(err)) + "</p>"
        )
        self.view.statusBar().showMessage(i18n.error_text(err))
        self.load_failed.emit(err)

    def _render(self) -> None:
        """Everything that depends on the snapshot and the language."""
        snap = self.snapshot
        if snap is None:
            self._show_loading()
            return
        v = self.view
        if snap.unit_code is None:
            v.setWindowTitle("DLXH Desktop")
            v.heading.setText(self.tr("This data folder is not set up yet"))
            v.show_message(self._not_set_up_html(snap.home))
        else:
            v.setWindowTitle(self.tr("%1 — DLXH Desktop").replace("%1", snap.unit_name))
            v.heading.setText(snap.unit_name)
            if snap.items:
                v.show_table()
                self._fit_columns()
            else:
                v.show_message(
                    "<p>" + escape(self.tr("This unit has no reports yet.")) + "</p>"
                    "<p>"
                    + escape(self.tr("Press Ctrl+N (File → New report…) to write the first one."))
                    + "</p>"
                )
        self._update_counts()

    def _not_set_up_html(self, home: Path) -> str:
        return (
            "<h3>" + escape(self.tr("Set-up comes next")) + "</h3>"
            "<p>"
            + escape(self.tr("The data folder %1 does not belong to a unit yet.")).replace(
                "%1", "<b>" + escape(str(home)) + "</b>"
            )
            + "</p><p>"
            + escape(
                self.tr(
                    "Setting up means choosing your unit and receiving the directory from the "
                    "unit above yours. A set-up assistant comes in the next version of the "
                    "program; until then, the person in charge of computers can run "
                    "'dlxh setup province' or 'dlxh setup unit'."
                )
            )
            + "</p>"
        )

    def _fit_columns(self) -> None:
        t = self.view.table
        t.resizeColumnsToContents()
        header = t.horizontalHeader()
        for col in range(self.model.columnCount() - 1):
            header.resizeSection(col, header.sectionSize(col) + 24)

    # ------------------------------------------------------------------ tabs

    def show_tab(self, index: int) -> None:
        """Switch to a tab (Ctrl+1, Ctrl+2, Ctrl+3) and put the keyboard in it."""
        tabs = self.view.tabs
        if not tabs.isTabVisible(index):
            return
        tabs.setCurrentIndex(index)
        if index == TAB_RECEIVED:
            self.received.focus_list()
        elif index == TAB_STATUS:
            self.view.status.period_combo.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self._focus_table()

    def _on_tab_changed(self, _index: int) -> None:
        self._load_current_tab()
        self._update_counts()

    def _load_current_tab(self) -> None:
        """The received list and the status are read when first shown, and after changes."""
        if self.snapshot is None or self.snapshot.child_count == 0:
            return
        index = self.view.tabs.currentIndex()
        if index == TAB_RECEIVED and self.received.stale:
            self.received.load(self.services)
        elif index == TAB_STATUS and self.submissions.stale:
            self.submissions.load(self.services)

    def _update_counts(self) -> None:
        index = self.view.tabs.currentIndex()
        if index == TAB_RECEIVED:
            self.view.counts.setText(self.received.counts_text())
            return
        if index == TAB_STATUS:
            self.view.counts.setText(self.submissions.counts_text())
            return
        items = self.model.items()
        if self.snapshot is None or self.snapshot.unit_code is None:
            self.view.counts.setText("")
            return
        live = [i for i in items if i.row.summary.status is not ReportStatus.SUPERSEDED]
        drafts = sum(1 for i in live if i.row.summary.status is ReportStatus.DRAFT)
        overdue = sum(1 for i in live if i.row.deadline_state is DeadlineState.OVERDUE)
        parts = [
            self.tr("%n report(s)", None, len(items)),
            self.tr("%n draft(s)", None, drafts),
            self.tr("%n overdue", None, overdue),
        ]
        shown = self.proxy.rowCount()
        if shown != len(items):
            parts.insert(
                0,
                self.tr("showing %1 of %2")
                .replace("%1", str(shown))
                .replace("%2", str(len(items))),
            )
        self.view.counts.setText(" · ".join(parts))

    def _retranslate(self) -> None:
        self.model.retranslate()
        self.received.retranslate()
        self.submissions.retranslate()
        self._sync_language_actions()
        self._render()

    # ------------------------------------------------------------------ filter and details

    def _on_filter(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._update_counts()

    def _focus_filter(self) -> None:
        self.view.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.view.filter_edit.selectAll()

    def _focus_table(self) -> None:
        t = self.view.table
        t.setFocus(Qt.FocusReason.OtherFocusReason)
        if not t.currentIndex().isValid() and self.proxy.rowCount() > 0:
            t.setCurrentIndex(self.proxy.index(0, 0))

    def _open_details(self, index: QModelIndex) -> None:
        report_id = index.data(REPORT_ID_ROLE)
        if report_id is None:
            return
        svc = self.services

        def fetch() -> tuple[Report, TopicCatalogue]:
            return svc.reports.get(int(report_id)), svc.settings.topics()

        self.tasks.run_db(fetch, self._show_details, self.show_error)

    def _show_details(self, loaded: tuple[Report, TopicCatalogue]) -> None:
        report, topics = loaded
        if self.details_view is None:
            self.details_view = ReportDetailsView(self.view)
        self.details_view.show_report(report, topics)
        self.details_view.show()
        self.details_view.raise_()
        self.details_view.activateWindow()

    # ------------------------------------------------------------------ writing

    def new_report(self) -> None:
        """Ask for a kind and a period, create the draft, open it for writing."""
        if self.snapshot is None or self.snapshot.unit_code is None:
            return
        today = self.services.clock.today()
        month = self.snapshot.current_month or Period.month(today.year, today.month)
        chosen = self.ask_new_report(self.view, month, today)
        if chosen is None:
            return
        kind, period = chosen
        svc = self.services

        def create() -> tuple[Report, TopicCatalogue]:
            return svc.reports.create(kind, period), svc.settings.topics()

        self.tasks.run_db(create, self._on_created, self.show_error)

    def _on_created(self, loaded: tuple[Report, TopicCatalogue]) -> None:
        self.reload()
        self.open_editor(*loaded)

    def edit_selected(self) -> None:
        """Open the selected report in the editor (read-only unless it is a draft)."""
        report_id = self.view.table.currentIndex().data(REPORT_ID_ROLE)
        if report_id is None:
            return
        if int(report_id) in self.editors:
            self.editors[int(report_id)].show()
            return
        svc = self.services

        def fetch() -> tuple[Report, TopicCatalogue]:
            return svc.reports.get(int(report_id)), svc.settings.topics()

        self.tasks.run_db(fetch, self._on_fetched_for_edit, self.show_error)

    def _on_fetched_for_edit(self, loaded: tuple[Report, TopicCatalogue]) -> None:
        self.open_editor(*loaded)

    def open_editor(self, report: Report, topics: TopicCatalogue) -> ReportEditorController:
        assert report.id is not None
        editor = self.editors.get(report.id)
        if editor is None:
            editor = ReportEditorController(
                tasks=self.tasks,
                services=self.services,
                report=report,
                topics=topics,
                parent_widget=self.view,
                confirm=self.confirm,
                choose_pdf=self.choose_pdf,
                parent=self,
            )
            editor.changed.connect(lambda _id: self.reload())
            editor.closed.connect(lambda rid: self.editors.pop(rid, None))
            self.editors[report.id] = editor
        editor.show()
        return editor

    def close_editors(self) -> None:
        """Close every editor window (each saves its last edits first)."""
        for editor in list(self.editors.values()):
            editor.close()

    def show_error(self, err: BaseException) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "DLXH Desktop",
            i18n.error_text(err),
            QMessageBox.StandardButton.Ok,
            self.view,
        )
        box.setObjectName("errorMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # ------------------------------------------------------------------ menus

    def _choose_home(self) -> None:
        start = str(self.services.home.root)
        folder = QFileDialog.getExistingDirectory(self.view, self.tr("Open data folder"), start)
        if folder:
            self.open_home(DataHome(Path(folder).resolve()))

    def open_home(self, home: DataHome) -> None:
        """Switch to another data folder (opened off the GUI thread)."""
        if home.root == self.services.home.root:
            self.reload()
            return
        label = self.tr("Opening the data folder…")
        self.tasks.run_db(
            lambda: Services.open(home), self._on_home_opened, self.show_error, label=label
        )

    def _on_home_opened(self, new: Services) -> None:
        old = self.services
        self.adopt_services(new)
        self.tasks.run_db(old.close)

    def adopt_services(self, new: Services) -> None:
        """Show the data of ``new`` (another folder, or the same one reopened after a restore)."""
        self.close_editors()  # their last saves are queued before the old folder closes
        self.services = new
        self.snapshot = None
        self.received.received = None
        self.submissions.status = None
        self._show_loading()
        self.reload()
        self.home_changed.emit(new)

    def _on_language_action(self, action: object) -> None:
        lang = str(action.data())  # type: ignore[attr-defined]
        if lang == i18n.current_language():
            return
        self.switch_language(lang)

    def switch_language(self, lang: str) -> None:
        """Change the interface language now and remember it with the data."""
        i18n.install(lang)  # sends LanguageChange: views retranslate themselves
        svc = self.services
        self.tasks.run_db(lambda: svc.settings.set_language(lang), None, self.show_error)
        self.language_switched.emit(lang)

    def _about(self) -> None:
        QMessageBox.about(
            self.view,
            self.tr("About DLXH Desktop"),
            "<h3>DLXH Desktop "
            + escape(__version__)
            + "</h3><p>"
            + escape(
                self.tr(
                    "Public opinion reports of the trade union, kept on this computer and "
                    "sent to the unit above as signed, encrypted packages."
                )
            )
            + "</p><p>"
            + escape(self.tr("Data folder: %1").replace("%1", str(self.services.home.root)))
            + "</p>",
        )
