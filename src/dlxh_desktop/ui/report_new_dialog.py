"""The "New report" question: which kind, which period."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from dlxh_desktop.domain import Period, PeriodKind, ReportKind
from dlxh_desktop.domain.reports import PERIOD_KINDS
from dlxh_desktop.errors import DlxhError

from . import labels

AskNewReport = Callable[[QWidget, Period, date], "tuple[ReportKind, Period] | None"]
"""``ask(parent, current_month, today)``: the kind and period chosen, or None (cancelled)."""


def default_period(kind: ReportKind, month: Period, today: date) -> Period:
    if kind is ReportKind.QUICK:
        return Period.of_day(today)
    if kind is ReportKind.ANNUAL:
        return Period(PeriodKind.YEAR, today.year)
    return month


class NewReportDialog(QDialog):
    """Kind (combo) and period (typed: 2026-11, 2026-11-08, 2026-Q4, 2026)."""

    def __init__(self, parent: QWidget | None, month: Period, today: date) -> None:
        super().__init__(parent)
        self.setObjectName("newReport")
        self.setWindowTitle(self.tr("New report"))
        self._month, self._today = month, today
        self.kind = QComboBox(self)
        for k in ReportKind:
            self.kind.addItem(labels.kind_label(k), k.value)
        self.period = QLineEdit(str(month), self)
        self.period.setPlaceholderText(self.tr("e.g. 2026-11, 2026-11-08, 2026-Q4, 2026"))
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        form = QFormLayout(self)
        kind_label = QLabel(self.tr("&Kind:"), self)
        kind_label.setBuddy(self.kind)
        period_label = QLabel(self.tr("&Period:"), self)
        period_label.setBuddy(self.period)
        form.addRow(kind_label, self.kind)
        form.addRow(period_label, self.period)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self.kind.currentIndexChanged.connect(self._on_kind)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def chosen_kind(self) -> ReportKind:
        return ReportKind(self.kind.currentData())

    def chosen(self) -> tuple[ReportKind, Period] | None:
        """The choice, or None with the problem shown."""
        kind = self.chosen_kind()
        try:
            period = Period.parse(self.period.text())
        except DlxhError:
            self.problem.setText(self.tr("This period is not written as expected."))
            return None
        if period.kind not in PERIOD_KINDS[kind]:
            self.problem.setText(self.tr("This kind of report does not take such a period."))
            return None
        return kind, period

    def _on_kind(self) -> None:
        self.period.setText(str(default_period(self.chosen_kind(), self._month, self._today)))
        self.problem.setText("")

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()


def ask_new_report_dialog(
    parent: QWidget, month: Period, today: date
) -> tuple[ReportKind, Period] | None:
    dlg = NewReportDialog(parent, month, today)
    try:
        return dlg.chosen() if dlg.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dlg.deleteLater()
