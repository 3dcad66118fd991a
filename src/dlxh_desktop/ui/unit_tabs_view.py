"""The pages a parent unit has besides its own reports: reports received from the units below,
and who has sent the report of a month. Layout and words only; their controllers decide."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

PAGE_TABLE = 0
PAGE_MESSAGE = 1


def make_list_table(parent: QWidget, name: str) -> QTableView:
    """A read-only, sortable list: rows selected whole, Tab leaves it, arrows move inside."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setSortingEnabled(True)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setHighlightSections(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def make_message(parent: QWidget, name: str) -> QLabel:
    """The centred text shown instead of an empty or not-yet-loaded list."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setMargin(40)
    return label


class _ListPage(QWidget):
    """A list with a message page in front of it when there is nothing (yet) to list."""

    def __init__(self, parent: QWidget | None, name: str) -> None:
        super().__init__(parent)
        self.table = make_list_table(self, name)
        self.message = make_message(self, name + "Message")
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.table)  # PAGE_TABLE
        self.pages.addWidget(self.message)  # PAGE_MESSAGE

    def show_table(self) -> None:
        self.pages.setCurrentIndex(PAGE_TABLE)

    def show_message(self, html: str) -> None:
        self.message.setText(html)
        self.pages.setCurrentIndex(PAGE_MESSAGE)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError


class ReceivedReportsView(_ListPage):
    """Reports the units below sent here: a filter box over the list (with a Unit column)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, "receivedReports")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        row = QHBoxLayout()
        self.filter_label = QLabel(self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("receivedFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_label.setBuddy(self.filter_edit)
        row.addWidget(self.filter_label)
        row.addWidget(self.filter_edit, 1)
        layout.addLayout(row)
        layout.addWidget(self.pages, 1)
        self.retranslate()

    def show_table(self) -> None:
        super().show_table()
        self.filter_edit.setEnabled(True)

    def show_message(self, html: str) -> None:
        super().show_message(html)
        self.filter_edit.setEnabled(False)

    def retranslate(self) -> None:
        self.filter_label.setText(self.tr("Fil&ter:"))
        self.filter_edit.setPlaceholderText(self.tr("Type a unit, period, kind or status"))
        self.filter_edit.setAccessibleName(self.tr("Filter the received reports"))
        self.table.setAccessibleName(self.tr("Reports received from the units below"))


class SubmissionStatusView(_ListPage):
    """Who sent the report of the chosen month: a month picker over one row per unit below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, "submissionStatus")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        row = QHBoxLayout()
        self.period_label = QLabel(self)
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("statusPeriod")
        self.period_combo.setMinimumContentsLength(14)
        self.period_label.setBuddy(self.period_combo)
        self.deadline_label = QLabel(self)
        self.deadline_label.setObjectName("statusDeadline")
        row.addWidget(self.period_label)
        row.addWidget(self.period_combo)
        row.addSpacing(16)
        row.addWidget(self.deadline_label, 1)
        layout.addLayout(row)
        layout.addWidget(self.pages, 1)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.setTabOrder(self.period_combo, self.table)
        self.retranslate()

    def retranslate(self) -> None:
        self.period_label.setText(self.tr("&Month:"))
        self.period_combo.setAccessibleName(self.tr("Month to show"))
        self.table.setAccessibleName(self.tr("Reports of the units below for the month"))
