"""Who has sent the report of a month: one row per unit directly below, on time, late or not
yet received — what ``dlxh status`` prints, from the same service (``services.status``)."""

from __future__ import annotations

from enum import IntEnum
from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView

from dlxh_desktop.domain import Period
from dlxh_desktop.services.app import Services
from dlxh_desktop.services.status import PeriodStatus, UnitStatus, period_status

from . import i18n, labels
from .report_table_model import SORT_ROLE, AnyIndex
from .tasks import TaskManager
from .unit_tabs_view import SubmissionStatusView

MONTHS_OFFERED = 24  # the month being reported and the 23 before it

STATE_COLOURS = {
    "on_time": QColor("#1e6b35"),
    "late": QColor("#8c4a00"),
    "missing_due_soon": QColor("#9a5b00"),
    "missing_overdue": QColor("#b3261e"),
}
STATE_ORDER = ["missing_overdue", "missing_due_soon", "missing_open", "late", "on_time"]


class StatusColumn(IntEnum):
    UNIT = 0
    STATE = 1
    SENT_ON = 2
    REVISION = 3


def months_before(first: Period, count: int) -> list[Period]:
    """``first`` and the ``count - 1`` months before it, newest first."""
    out = []
    year, month = first.year, first.index
    for _ in range(count):
        out.append(Period.month(year, month))
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return out


class StatusTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[UnitStatus] = []

    def set_rows(self, rows: list[UnitStatus]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[UnitStatus]:
        return list(self._rows)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(StatusColumn) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(StatusColumn) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(StatusColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            StatusColumn.UNIT: self.tr("Unit"),
            StatusColumn.STATE: self.tr("Report of the month"),
            StatusColumn.SENT_ON: self.tr("Sent on"),
            StatusColumn.REVISION: self.tr("Revision"),
        }.get(StatusColumn(section))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        u = self._rows[index.row()]
        col = StatusColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(u, col)
        if role == SORT_ROLE:
            return self._sort_key(u, col)
        if role == Qt.ItemDataRole.ToolTipRole and col is StatusColumn.UNIT:
            return f"{u.name} ({u.code})"
        if role == Qt.ItemDataRole.ForegroundRole and col is StatusColumn.STATE:
            colour = STATE_COLOURS.get(u.state)
            return QBrush(colour) if colour is not None else None
        overdue = u.state == "missing_overdue"
        if role == Qt.ItemDataRole.FontRole and overdue and col is StatusColumn.STATE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col is StatusColumn.REVISION:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, u: UnitStatus, col: StatusColumn) -> str:
        match col:
            case StatusColumn.UNIT:
                return u.name
            case StatusColumn.STATE:
                return labels.submission_label(u.state)
            case StatusColumn.SENT_ON:
                return labels.format_date(u.sent_on) if u.sent_on else ""
            case StatusColumn.REVISION:
                return str(u.revision) if u.revision is not None else ""

    def _sort_key(self, u: UnitStatus, col: StatusColumn) -> Any:
        match col:
            case StatusColumn.STATE:
                order = STATE_ORDER.index(u.state) if u.state in STATE_ORDER else 99
                return f"{order:02d}{u.name}"
            case StatusColumn.SENT_ON:
                return u.sent_on.toordinal() if u.sent_on else 0
            case StatusColumn.REVISION:
                return u.revision or 0
            case _:
                return u.name


class SubmissionStatus(QObject):
    """Fills the month picker, reads the chosen month's status, says the counts.

    Signals:
        loaded(object): a month's status is on screen (the ``PeriodStatus``).
        counts_changed(): what the status bar says for this tab changed.
    """

    loaded = Signal(object)
    counts_changed = Signal()

    def __init__(self, view: SubmissionStatusView, tasks: TaskManager, parent: QObject) -> None:
        super().__init__(parent)
        self.view = view
        self.tasks = tasks
        self.model = StatusTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortLocaleAware(True)
        view.table.setModel(self.proxy)
        view.table.sortByColumn(StatusColumn.STATE, Qt.SortOrder.AscendingOrder)
        # The unit's name takes the width the other columns leave.
        view.table.horizontalHeader().setSectionResizeMode(
            StatusColumn.UNIT, QHeaderView.ResizeMode.Stretch
        )
        view.period_combo.activated.connect(self._on_period_chosen)
        self.services: Services | None = None
        self.status: PeriodStatus | None = None
        self.periods: list[Period] = []
        self.stale = True

    # ------------------------------------------------------------------ public

    def set_current_month(self, current: Period) -> None:
        """Offer ``current`` (the month being reported) and the months before it."""
        periods = months_before(current, MONTHS_OFFERED)
        if periods == self.periods:
            return
        chosen = self.chosen_period()
        self.periods = periods
        self._fill_combo()
        self.view.period_combo.setCurrentIndex(periods.index(chosen) if chosen in periods else 0)

    def chosen_period(self) -> Period | None:
        i = self.view.period_combo.currentIndex()
        return self.periods[i] if 0 <= i < len(self.periods) else None

    def choose(self, period: Period) -> None:
        """Show ``period`` (one of the months offered)."""
        self.view.period_combo.setCurrentIndex(self.periods.index(period))
        self._on_period_chosen(self.view.period_combo.currentIndex())

    def load(self, svc: Services) -> None:
        self.services = svc
        self.stale = False
        period = self.chosen_period()
        if period is None:
            return
        if self.status is None:
            self.view.show_message(escape(self.tr("Reading who has sent their report…")))
        self.tasks.run_db(lambda: period_status(svc, period), self._on_read, self._on_error)

    def counts_text(self) -> str:
        if self.status is None:
            return ""
        counts = self.status.counts()
        return " · ".join(
            [
                self.tr("On time: %1").replace("%1", str(counts.get("on_time", 0))),
                self.tr("Late: %1").replace("%1", str(counts.get("late", 0))),
                self.tr("Not sent: %1").replace("%1", str(counts.get("missing", 0))),
            ]
        )

    def retranslate(self) -> None:
        self.model.retranslate()
        i = self.view.period_combo.currentIndex()
        self._fill_combo()
        self.view.period_combo.setCurrentIndex(i)
        self.render()

    # ------------------------------------------------------------------ internals

    def _fill_combo(self) -> None:
        combo = self.view.period_combo
        combo.blockSignals(True)
        combo.clear()
        for p in self.periods:
            combo.addItem(labels.period_label(p))
        combo.blockSignals(False)

    def _on_period_chosen(self, _index: int) -> None:
        if self.services is not None:
            self.load(self.services)

    def _on_read(self, status: PeriodStatus) -> None:
        if status.period != self.chosen_period():
            return  # another month was chosen meanwhile; its answer follows
        self.status = status
        self.model.set_rows(status.units)
        self.render()
        self.loaded.emit(status)

    def _on_error(self, err: BaseException) -> None:
        self.stale = True
        self.view.show_message(
            "<p>" + escape(self.tr("Who has sent their report could not be read.")) + "</p>"
            "<p>" + escape(i18n.error_text(err)) + "</p>"
        )

    def render(self) -> None:
        st = self.status
        if st is None:
            return
        self.view.deadline_label.setText(
            self.tr("Deadline: before %1").replace("%1", labels.format_date(st.deadline))
        )
        if st.units:
            self.view.show_table()
            t = self.view.table
            t.resizeColumnsToContents()
            header = t.horizontalHeader()
            for col in (StatusColumn.STATE, StatusColumn.SENT_ON, StatusColumn.REVISION):
                header.resizeSection(col, header.sectionSize(col) + 32)
        else:
            self.view.show_message(escape(self.tr("This unit has no active units below it.")))
        self.counts_changed.emit()
