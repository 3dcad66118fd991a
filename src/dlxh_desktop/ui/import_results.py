"""The results of a package import: one row per file, what happened and why, in plain words."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dlxh_desktop.messages import verdict_text
from dlxh_desktop.services.package_import import VERDICTS, ImportResult

from .labels import verdict_label

COL_FILE, COL_VERDICT, COL_REASON, COL_SENDER, COL_FINGERPRINT = range(5)

# Readable without colour (the words say it); the colour only helps the eye find rows.
VERDICT_COLOURS = {
    "imported": "#1b5e20",
    "amended": "#1b5e20",
    "already_imported": "#455a64",
    "quarantined": "#8a4b00",
    "rejected": "#b71c1c",
}


def reason_text(result: ImportResult) -> str:
    """Why, in the interface language, starting with a capital letter."""
    if result.verdict == "imported" and not result.reason and result.kind == "report":
        text = QCoreApplication.translate("import", "a new report was saved")
    else:
        text = verdict_text(result, QCoreApplication.translate)
    return text[:1].upper() + text[1:]


def summary_text(results: Sequence[ImportResult]) -> str:
    counts = Counter(r.verdict for r in results)
    parts = [f"{verdict_label(v)}: {counts[v]}" for v in VERDICTS if counts[v]]
    files = QCoreApplication.translate("import", "%n file(s)", None, len(results))
    return files + " — " + " · ".join(parts)


class ImportResultsDialog(QDialog):
    """Non-modal results of one import (file, result, reason, sender, key fingerprint)."""

    def __init__(
        self,
        results: Sequence[ImportResult],
        unit_names: Mapping[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importResults")
        self.results = list(results)
        self.setWindowTitle(QCoreApplication.translate("import", "Package import results"))
        layout = QVBoxLayout(self)
        self.summary = QLabel(summary_text(self.results), self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        layout.addWidget(self.summary)

        headers = [
            QCoreApplication.translate("import", "File name"),
            QCoreApplication.translate("import", "Result"),
            QCoreApplication.translate("import", "Reason"),
            QCoreApplication.translate("import", "Sending unit"),
            QCoreApplication.translate("import", "Sender's key fingerprint"),
        ]
        table = QTableWidget(len(self.results), len(headers), self)
        table.setObjectName("importTable")
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setWordWrap(True)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setMinimumSectionSize(30)
        table.setStyleSheet("QTableView::item { padding: 4px 6px; }")
        table.setAccessibleName(
            QCoreApplication.translate("import", "Import results, one row per file")
        )
        for row, r in enumerate(self.results):
            sender = unit_names.get(r.sender_unit or "", r.sender_unit or "")
            cells = [
                Path(r.path).name,
                verdict_label(r.verdict),
                reason_text(r),
                sender,
                r.fingerprint or "",
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == COL_FILE:
                    item.setToolTip(r.path)
                elif col == COL_SENDER and r.sender_unit:
                    item.setToolTip(r.sender_unit)
                elif col == COL_VERDICT:
                    item.setForeground(QBrush(QColor(VERDICT_COLOURS.get(r.verdict, "#000"))))
                    bold = item.font()
                    bold.setBold(True)
                    item.setFont(bold)
                table.setItem(row, col, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        table.setCurrentCell(-1, -1)  # nothing looks selected until the person moves
        self.table = table
        layout.addWidget(table, 1)

        note = QLabel(
            QCoreApplication.translate(
                "import",
                "Imported packages are kept unchanged in the archive of the data folder. "
                "Compare an unknown sender's key fingerprint by phone before trusting it.",
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(1200, 200 + 30 * min(len(self.results), 12))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Row heights follow the wrapped reasons once the columns have their final widths.
        QTimer.singleShot(0, self.table.resizeRowsToContents)

    def rows(self) -> list[list[str]]:
        """The table as text (tests, screenshots)."""
        t = self.table
        return [
            [(item.text() if (item := t.item(r, c)) else "") for c in range(t.columnCount())]
            for r in range(t.rowCount())
        ]
