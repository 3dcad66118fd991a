"""Table model over this unit's reports, and the filter proxy the list uses."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from dlxh_desktop.domain import DeadlineState, Period, PeriodKind, ReportStatus
from dlxh_desktop.services.reports import ReportRow

from . import labels

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
FILTER_ROLE = Qt.ItemDataRole.UserRole + 2
REPORT_ID_ROLE = Qt.ItemDataRole.UserRole + 3

AnyIndex = QModelIndex | QPersistentModelIndex

DEADLINE_COLOURS = {
    DeadlineState.OVERDUE: QColor("#b3261e"),
    DeadlineState.DUE_SOON: QColor("#9a5b00"),
    DeadlineState.LATE: QColor("#8c4a00"),
    DeadlineState.ON_TIME: QColor("#1e6b35"),
}
SUPERSEDED_COLOUR = QColor("#6b6b6b")


class Column(IntEnum):
    PERIOD = 0
    KIND = 1
    REVISION = 2
    STATUS = 3
    NUMBER = 4
    DEADLINE = 5


@dataclass(frozen=True)
class ReportItem:
    """One line of the list: the service's row plus its deadline date."""

    row: ReportRow
    deadline: date

    @property
    def id(self) -> int:
        return self.row.summary.id

    @property
    def shows_deadline_state(self) -> bool:
        return self.row.summary.status is not ReportStatus.SUPERSEDED


def period_sort_key(p: Period) -> str:
    """Chronological: by year, then the last month covered, then the day of quick reports."""
    day = p.index if p.kind is PeriodKind.DAY else 0
    return f"{p.year:04d}{p.months()[-1][1]:02d}{day:03d}"


def fold(text: str) -> str:
    """Lower case without Vietnamese diacritics, so 'thang' finds 'tháng' and 'Đã' finds 'da'."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


class ReportTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[ReportItem] = []

    # ------------------------------------------------------------------ data

    def set_items(self, items: list[ReportItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> list[ReportItem]:
        return list(self._items)

    def item(self, row: int) -> ReportItem:
        return self._items[row]

    def retranslate(self) -> None:
        """Labels depend on the interface language: repaint everything."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._items:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._items) - 1, len(Column) - 1)
            )

    # ------------------------------------------------------------------ Qt API

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.PERIOD: self.tr("Period"),
            Column.KIND: self.tr("Kind"),
            Column.REVISION: self.tr("Revision"),
            Column.STATUS: self.tr("Status"),
            Column.NUMBER: self.tr("Number"),
            Column.DEADLINE: self.tr("Deadline"),
        }.get(Column(section))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        it = self._items[index.row()]
        col = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(it, col)
        if role == SORT_ROLE:
            return self._sort_key(it, col)
        if role == FILTER_ROLE:
            return fold(" ".join([*(self._display(it, c) for c in Column), it.row.summary.title]))
        if role == REPORT_ID_ROLE:
            return it.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if it.row.summary.status is ReportStatus.SUPERSEDED:
                return QBrush(SUPERSEDED_COLOUR)
            if col is Column.DEADLINE and it.row.deadline_state in DEADLINE_COLOURS:
                return QBrush(DEADLINE_COLOURS[it.row.deadline_state])
            return None
        if role == Qt.ItemDataRole.FontRole and col is Column.DEADLINE:
            if it.shows_deadline_state and it.row.deadline_state is DeadlineState.OVERDUE:
                f = QFont()
                f.setBold(True)
                return f
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and col is Column.REVISION:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and it.row.summary.title:
            return it.row.summary.title
        return None

    def _display(self, it: ReportItem, col: Column) -> str:
        s = it.row.summary
        match col:
            case Column.PERIOD:
                return labels.period_label(s.period)
            case Column.KIND:
                return labels.kind_label(s.kind)
            case Column.REVISION:
                return str(s.revision)
            case Column.STATUS:
                return labels.status_label(s.status)
            case Column.NUMBER:
                return s.number
            case Column.DEADLINE:
                state = it.row.deadline_state if it.shows_deadline_state else None
                return labels.deadline_text(it.deadline, state, it.row.days_left)

    def _sort_key(self, it: ReportItem, col: Column) -> Any:
        s = it.row.summary
        match col:
            case Column.PERIOD:
                return f"{period_sort_key(s.period)}{s.kind.value}{s.revision:04d}"
            case Column.REVISION:
                return s.revision
            case Column.DEADLINE:
                return it.deadline.toordinal()
            case _:
                return self._display(it, col)


class ReportFilterProxy(QSortFilterProxyModel):
    """Sorts on the model's sort keys; filters on every column, ignoring case and diacritics."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)

    def set_filter_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._words:
            return True
        src = self.sourceModel()
        hay = src.data(src.index(source_row, 0, source_parent), FILTER_ROLE) or ""
        return all(w in hay for w in self._words)
