"""The main window's layout: widgets and words only; the controller decides what happens."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .unit_tabs_view import (
    PAGE_MESSAGE,
    PAGE_TABLE,
    ReceivedReportsView,
    SubmissionStatusView,
    make_list_table,
    make_message,
)

__all__ = ["PAGE_MESSAGE", "PAGE_TABLE", "MainWindowView"]

TAB_OWN = 0
TAB_RECEIVED = 1
TAB_STATUS = 2


class MainWindowView(QMainWindow):
    """Main window: unit heading, filter box, report table, status bar, menus.

    Signals:
        language_changed(): the interface language changed (after the view retranslated).
        closing(): the window is being closed.
    """

    language_changed = Signal()
    closing = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.resize(1100, 700)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(8)

        self.heading = QLabel(central)
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.subheading = QLabel(central)
        self.subheading.setObjectName("subheading")

        self.tabs = QTabWidget(central)
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)

        own = QWidget(self.tabs)
        own_layout = QVBoxLayout(own)
        own_layout.setContentsMargins(0, 6, 0, 0)
        filter_row = QHBoxLayout()
        self.filter_label = QLabel(own)
        self.filter_edit = QLineEdit(own)
        self.filter_edit.setObjectName("filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_label.setBuddy(self.filter_edit)
        filter_row.addWidget(self.filter_label)
        filter_row.addWidget(self.filter_edit, 1)
        self.table = make_list_table(own, "reports")
        self.message = make_message(own, "emptyState")
        self.pages = QStackedWidget(own)
        self.pages.addWidget(self.table)  # PAGE_TABLE
        self.pages.addWidget(self.message)  # PAGE_MESSAGE
        own_layout.addLayout(filter_row)
        own_layout.addWidget(self.pages, 1)

        self.received = ReceivedReportsView(self.tabs)
        self.status = SubmissionStatusView(self.tabs)
        self.tabs.addTab(own, "")  # TAB_OWN
        self.tabs.addTab(self.received, "")  # TAB_RECEIVED
        self.tabs.addTab(self.status, "")  # TAB_STATUS

        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self.counts = QLabel(self)
        self.counts.setObjectName("counts")
        self.statusBar().addPermanentWidget(self.counts)

        # Menus and actions
        self.file_menu = self.menuBar().addMenu("")
        self.new_report_action = QAction(self)
        self.new_report_action.setShortcut(QKeySequence("Ctrl+N"))
        self.edit_report_action = QAction(self)
        self.edit_report_action.setShortcut(QKeySequence("Ctrl+E"))
        self.file_menu.addAction(self.new_report_action)
        self.file_menu.addAction(self.edit_report_action)
        self.file_menu.addSeparator()
        self.import_action = QAction(self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.open_home_action = QAction(self)
        self.open_home_action.setShortcut(QKeySequence.StandardKey.Open)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.file_menu.addAction(self.import_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.open_home_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.data_menu = self.menuBar().addMenu("")
        self.backup_action = QAction(self)
        self.restore_action = QAction(self)
        self.check_action = QAction(self)
        self.open_backups_action = QAction(self)
        self.data_menu.addAction(self.backup_action)
        self.data_menu.addAction(self.restore_action)
        self.data_menu.addSeparator()
        self.data_menu.addAction(self.check_action)
        self.data_menu.addAction(self.open_backups_action)

        self.view_menu = self.menuBar().addMenu("")
        self.tab_actions: list[QAction] = []
        for index in (TAB_OWN, TAB_RECEIVED, TAB_STATUS):
            act = QAction(self)
            act.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            act.setData(index)
            self.view_menu.addAction(act)
            self.tab_actions.append(act)

        self.language_menu = self.menuBar().addMenu("")
        self.language_group = QActionGroup(self)
        self.vi_action = QAction("Tiếng Việt", self)  # language names stay in their language
        self.en_action = QAction("English", self)
        for act, lang in ((self.vi_action, "vi"), (self.en_action, "en")):
            act.setCheckable(True)
            act.setData(lang)
            self.language_group.addAction(act)
            self.language_menu.addAction(act)

        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.help_menu.addAction(self.about_action)

        self.find_action = QAction(self)  # Ctrl+F: window-wide, not in a menu
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.addAction(self.find_action)

        self.set_unit_tabs_visible(False)  # until the data says there are units below
        self.quit_action.triggered.connect(self.close)  # works before the data is open too
        self.data_actions = [
            self.new_report_action,
            self.edit_report_action,
            self.import_action,
            self.open_home_action,
            self.backup_action,
            self.restore_action,
            self.check_action,
            self.open_backups_action,
            self.find_action,
        ]
        self.retranslate()

    # ------------------------------------------------------------------ pages

    def show_table(self) -> None:
        self.pages.setCurrentIndex(PAGE_TABLE)
        self.filter_edit.setEnabled(True)

    def show_message(self, html: str) -> None:
        self.message.setText(html)
        self.pages.setCurrentIndex(PAGE_MESSAGE)
        self.filter_edit.setEnabled(False)

    def set_unit_tabs_visible(self, visible: bool) -> None:
        """The received reports and the submission status: for a unit with units below."""
        for index in (TAB_RECEIVED, TAB_STATUS):
            self.tabs.setTabVisible(index, visible)
            self.tab_actions[index].setVisible(visible)
        self.tabs.tabBar().setVisible(visible)  # a unit without units below sees only its list
        self.view_menu.menuAction().setVisible(visible)
        if not visible:
            self.tabs.setCurrentIndex(TAB_OWN)

    def set_data_actions_enabled(self, enabled: bool) -> None:
        """The menu entries that need an open data folder."""
        for action in self.data_actions:
            action.setEnabled(enabled)

    def show_opening(self, folder: str) -> None:
        """The first paint: the data folder is being opened (its actions wait)."""
        self.setWindowTitle("DLXH Desktop")
        self.heading.setText("DLXH Desktop")
        self.counts.setText("")
        self.set_data_actions_enabled(False)
        where = "<p>" + escape(folder) + "</p>" if folder else ""
        self.show_message("<p><b>" + escape(self.tr("Opening the data…")) + "</b></p>" + where)

    def show_not_opened(self, reason: str) -> None:
        """Opening failed; a message box says what to do, the program then ends."""
        self.setWindowTitle("DLXH Desktop")
        self.heading.setText("DLXH Desktop")
        self.set_data_actions_enabled(False)
        self.show_message(
            "<p><b>" + escape(self.tr("The data was not opened.")) + "</b></p>"
            "<p>" + escape(reason) + "</p>"
        )

    # ------------------------------------------------------------------ words

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.new_report_action.setText(self.tr("&New report…"))
        self.new_report_action.setStatusTip(self.tr("Start writing a new report (a draft)"))
        self.edit_report_action.setText(self.tr("&Edit the report"))
        self.edit_report_action.setStatusTip(self.tr("Open the selected draft for writing"))
        self.import_action.setText(self.tr("&Import packages…"))
        self.import_action.setStatusTip(
            self.tr("Import report packages, receipts or a directory (.dlxh files)")
        )
        self.data_menu.setTitle(self.tr("&Data"))
        self.backup_action.setText(self.tr("&Back up now…"))
        self.backup_action.setStatusTip(self.tr("Save a copy of all the data in a file"))
        self.restore_action.setText(self.tr("&Restore from a backup…"))
        self.restore_action.setStatusTip(
            self.tr("Replace the data by a backup; the current data is kept aside")
        )
        self.check_action.setText(self.tr("&Check the data"))
        self.check_action.setStatusTip(self.tr("Look for damage in the database"))
        self.open_backups_action.setText(self.tr("&Open the backup folder"))
        self.open_backups_action.setStatusTip(
            self.tr("Show the automatic daily backups in the file manager")
        )
        self.open_home_action.setText(self.tr("&Open data folder…"))
        self.open_home_action.setStatusTip(self.tr("Open the reports kept in another data folder"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        tab_names = [
            self.tr("Reports of this unit"),
            self.tr("Received reports"),
            self.tr("Submission status"),
        ]
        for index, name in enumerate(tab_names):
            self.tabs.setTabText(index, name)
            self.tab_actions[index].setText(name)
        self.tabs.setTabToolTip(TAB_OWN, self.tr("The reports this unit wrote (Ctrl+1)"))
        self.tabs.setTabToolTip(
            TAB_RECEIVED, self.tr("Reports the units below sent to this unit (Ctrl+2)")
        )
        self.tabs.setTabToolTip(
            TAB_STATUS, self.tr("Which units below sent the report of a month, and when (Ctrl+3)")
        )
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About DLXH Desktop"))
        self.find_action.setText(self.tr("Filter the list"))
        self.filter_label.setText(self.tr("F&ilter:"))
        self.filter_edit.setPlaceholderText(
            self.tr("Type a period, kind, status or number (Ctrl+F)")
        )
        self.filter_edit.setAccessibleName(self.tr("Filter the reports"))
        self.table.setAccessibleName(self.tr("Reports of this unit"))
        self.subheading.setText(self.tr("Public opinion reports of this unit"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.language_changed.emit()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)
