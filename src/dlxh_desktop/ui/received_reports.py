"""Reports received from the units below: every report in the data folder that is not this
unit's own, with the name of the unit that wrote it. Read on the database worker when the tab
is shown (and again after the data changed)."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal

from dlxh_desktop.services.app import Services

from . import i18n
from .report_table_model import (
    FILTER_ROLE,
    REPORT_ID_ROLE,
    SORT_ROLE,
    AnyIndex,
    Column,
    ReportFilterProxy,
    ReportItem,
    ReportTableModel,
    fold,
)
from .tasks import TaskManager
from .unit_tabs_view import ReceivedReportsView

UNIT_COLUMN = 0
PERIOD_COLUMN = 1 + Column.PERIOD


@dataclass(frozen=True)
class Received:
    items: list[ReportItem]
    unit_names: dict[str, str]  # unit code → name, for every unit of the tree


def read_received(svc: Services) -> Received:
    """Runs on the database worker."""
    own = svc.settings.require_own_unit()
    cal = svc.settings.calendar()
    names = {u.code: u.name for u in svc.units.tree()}
    items = [
        ReportItem(row, cal.deadline(row.summary.period))
        for row in svc.reports.list(all_units=True)
        if row.summary.unit_code != own
    ]
    return Received(items, names)


class ReceivedTableModel(ReportTableModel):
    """The report list with a Unit column first (the unit's name; its code as a tooltip)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names: dict[str, str] = {}

    def set_received(self, received: Received) -> None:
        self._names = dict(received.unit_names)
        self.set_items(received.items)

    def unit_name(self, item: ReportItem) -> str:
        code = item.row.summary.unit_code
        return self._names.get(code, code)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rowCount():
            bottom_right = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), bottom_right)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if section == UNIT_COLUMN:
            if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Unit")
            return None
        return super().headerData(section - 1, orientation, role)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        item = self.item(index.row())
        if role == FILTER_ROLE:
            return super().data(self.index(index.row(), 1), role) + " " + fold(self.unit_name(item))
        if role == REPORT_ID_ROLE:
            return item.id
        if index.column() != UNIT_COLUMN:
            return super().data(self.index(index.row(), index.column() - 1), role)
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return self.unit_name(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self.unit_name(item)} ({item.row.summary.unit_code})"
        return None


class ReceivedReports(QObject):
    """Loads and filters the received list; opening a report is the window's (Enter, double-click).

    Signals:
        loaded(): the list was (re)loaded and is on screen.
        counts_changed(): what the status bar says for this tab changed.
    """

    loaded = Signal()
    counts_changed = Signal()

    def __init__(self, view: ReceivedReportsView, tasks: TaskManager, parent: QObject) -> None:
        super().__init__(parent)
        self.view = view
        self.tasks = tasks
        self.model = ReceivedTableModel(self)
        self.proxy = ReportFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        view.table.setModel(self.proxy)
        view.table.sortByColumn(PERIOD_COLUMN, Qt.SortOrder.DescendingOrder)
        view.filter_edit.textChanged.connect(self._on_filter)
        view.filter_edit.returnPressed.connect(self.focus_list)
        self.received: Received | None = None
        self.stale = True

    def load(self, svc: Services) -> None:
        self.stale = False
        if self.received is None:
            self.view.show_message(escape(self.tr("Reading the received reports…")))
        self.tasks.run_db(lambda: read_received(svc), self._on_read, self._on_error)

    def _on_read(self, received: Received) -> None:
        self.received = received
        self.model.set_received(received)
        self.render()
        self.loaded.emit()

    def _on_error(self, err: BaseException) -> None:
        self.stale = True
        self.view.show_message(
            "<p>" + escape(self.tr("The received reports could not be read.")) + "</p>"
            "<p>" + escape(i18n.error_text(err)) + "</p>"
        )

    def render(self) -> None:
        if self.received is None:
            return
        if self.model.rowCount():
            self.view.show_table()
            t = self.view.table
            t.resizeColumnsToContents()
            header = t.horizontalHeader()
            header.resizeSection(UNIT_COLUMN, min(header.sectionSize(UNIT_COLUMN) + 24, 420))
            for col in range(1, self.model.columnCount() - 1):
                header.resizeSection(col, header.sectionSize(col) + 24)
        else:
            self.view.show_message(
                "<p>"
                + escape(self.tr("No report has been received from the units below yet."))
                + "</p><p>"
                + escape(
                    self.tr("Reports arrive as .dlxh packages: File → Import packages (Ctrl+I).")
                )
                + "</p>"
            )
        self.counts_changed.emit()

    def counts_text(self) -> str:
        if self.received is None:
            return ""
        total = self.model.rowCount()
        units = len({i.row.summary.unit_code for i in self.model.items()})
        parts = [
            self.tr("%n received report(s)", None, total),
            self.tr("from %n unit(s)", None, units),
        ]
        shown = self.proxy.rowCount()
        if shown != total:
            parts.insert(
                0, self.tr("showing %1 of %2").replace("%1", str(shown)).replace("%2", str(total))
            )
        return " · ".join(parts)

    def retranslate(self) -> None:
        self.model.retranslate()
        self.render()

    def _on_filter(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self.counts_changed.emit()

    def focus_list(self) -> None:
        t = self.view.table
        t.setFocus(Qt.FocusReason.OtherFocusReason)
        if not t.currentIndex().isValid() and self.proxy.rowCount() > 0:
            t.setCurrentIndex(self.proxy.index(0, 0))
