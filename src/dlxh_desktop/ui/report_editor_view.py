"""The report editor's layout: text boxes and tables for a draft's content; no decisions.

The controller (``report_editor_controller``) loads a report into it, asks it for the content
the widgets hold, and turns it read-only once the report is finalized.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dlxh_desktop.domain import (
    Incident,
    IncidentKind,
    IncidentStatus,
    OpinionStream,
    Recommendation,
    ReportContent,
    TopicCatalogue,
    Trend,
)

from . import labels

BASE_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's original object: fields not shown survive

# Opinion stream columns
S_TOPIC, S_CONTENT, S_TREND, S_CAUSE, S_FORECAST, S_PROPOSAL = range(6)
# Incident columns
I_KIND, I_TITLE, I_START, I_ENTERPRISE, I_INVOLVED, I_WORKFORCE, I_STATUS = range(7)
# Recommendation columns
R_ADDRESSEE, R_CONTENT = range(2)

TAB_ASSESSMENT, TAB_STREAMS, TAB_INCIDENTS, TAB_RECOMMENDATIONS, TAB_OUTLOOK = range(5)


def _text(table: QTableWidget, row: int, col: int) -> str:
    item = table.item(row, col)
    return item.text().strip() if item is not None else ""


def _int_or_none(text: str) -> int | None:
    digits = text.replace(".", "").replace(" ", "")
    return int(digits) if digits.isdigit() else None


def _combo(table: QTableWidget, row: int, col: int) -> QComboBox:
    widget = table.cellWidget(row, col)
    assert isinstance(widget, QComboBox)
    return widget


class _RowTable(QWidget):
    """A table with Add / Remove buttons under it."""

    def __init__(self, name: str, columns: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, columns, self)
        self.table.setObjectName(name)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName(name + "Add")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName(name + "Remove")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)


class ReportEditorView(QDialog):
    """A window to write one draft: texts, opinion streams, incidents, recommendations.

    Signals:
        edited(): the person changed something (text, a cell, a choice, a row added or removed).
        closing(): the window is being closed (Esc, the window's close button).
        save_requested(): Ctrl+S.
    """

    edited = Signal()
    closing = Signal()
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportEditor")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.resize(980, 700)
        self._topics = TopicCatalogue([])
        self._base = ReportContent()
        self._loading = False
        self.read_only = False

        self.heading = QLabel(self)
        self.heading.setObjectName("editorHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("savedLabel")

        # The subject line: required for a thematic report, optional for the others.
        self.title = QLineEdit(self)
        self.title.setObjectName("title")
        self.title_label = QLabel(self)
        self.title_label.setBuddy(self.title)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label)
        title_row.addWidget(self.title, 1)

        self.tabs = QTabWidget(self)
        self.assessment = self._text_edit("assessment")
        self.tabs.addTab(self.assessment, "")  # TAB_ASSESSMENT
        self.streams_box = _RowTable("streams", 6, self.tabs)
        self.streams = self.streams_box.table
        self.tabs.addTab(self.streams_box, "")  # TAB_STREAMS
        self.incidents_box = _RowTable("incidents", 7, self.tabs)
        self.incidents = self.incidents_box.table
        self.tabs.addTab(self.incidents_box, "")  # TAB_INCIDENTS
        self.recs_box = _RowTable("recommendations", 2, self.tabs)
        self.recommendations = self.recs_box.table
        self.tabs.addTab(self.recs_box, "")  # TAB_RECOMMENDATIONS
        outlook = QWidget(self.tabs)
        form = QFormLayout(outlook)
        self.forecast = self._text_edit("forecast")
        self.tasks = self._text_edit("tasks")
        self.difficulties = self._text_edit("difficulties")
        self.forecast_label = QLabel(outlook)
        self.tasks_label = QLabel(outlook)
        self.difficulties_label = QLabel(outlook)
        for label, edit in (
            (self.forecast_label, self.forecast),
            (self.tasks_label, self.tasks),
            (self.difficulties_label, self.difficulties),
        ):
            label.setBuddy(edit)
            form.addRow(label, edit)
        self.tabs.addTab(outlook, "")  # TAB_OUTLOOK

        self.findings = QListWidget(self)
        self.findings.setObjectName("findings")
        self.findings.setMaximumHeight(110)
        self.findings.hide()

        self.validate_button = QPushButton(self)
        self.validate_button.setObjectName("validateButton")
        self.finalize_button = QPushButton(self)
        self.finalize_button.setObjectName("finalizeButton")
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportButton")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeButton")
        for b in (self.validate_button, self.finalize_button, self.export_button):
            b.setAutoDefault(False)
        self.close_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_label, 1)
        buttons.addWidget(self.validate_button)
        buttons.addWidget(self.finalize_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(title_row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.findings)
        layout.addLayout(buttons)

        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.activated.connect(self.save_requested)
        self.close_button.clicked.connect(self.reject)
        self._wire_edits()
        self.retranslate()

    def _text_edit(self, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)  # keyboard users leave the box with Tab
        return edit

    def _wire_edits(self) -> None:
        self.title.textChanged.connect(self._on_edit)
        for edit in (self.assessment, self.forecast, self.tasks, self.difficulties):
            edit.textChanged.connect(self._on_edit)
        for table in (self.streams, self.incidents, self.recommendations):
            table.itemChanged.connect(self._on_edit)
        self.streams_box.add_button.clicked.connect(lambda: self.add_stream_row(focus=True))
        self.incidents_box.add_button.clicked.connect(lambda: self.add_incident_row(focus=True))
        self.recs_box.add_button.clicked.connect(lambda: self.add_recommendation_row(focus=True))
        for box in (self.streams_box, self.incidents_box, self.recs_box):
            box.remove_button.clicked.connect(lambda _c=False, t=box.table: self._remove_row(t))

    def _on_edit(self) -> None:
        if not self._loading:
            self.edited.emit()

    # ------------------------------------------------------------------ content in

    def load(self, content: ReportContent, topics: TopicCatalogue) -> None:
        """Show ``content`` (no ``edited`` signal)."""
        self._loading = True
        try:
            self._base = content
            self._topics = topics
            self.title.setText(content.title)
            self.assessment.setPlainText(content.assessment)
            self.forecast.setPlainText(content.forecast)
            self.tasks.setPlainText(content.tasks)
            self.difficulties.setPlainText(content.difficulties)
            for table in (self.streams, self.incidents, self.recommendations):
                table.setRowCount(0)
            for s in content.streams:
                self.add_stream_row(s)
            for inc in content.incidents:
                self.add_incident_row(inc)
            for r in content.recommendations:
                self.add_recommendation_row(r)
        finally:
            self._loading = False
        for table in (self.streams, self.incidents, self.recommendations):
            table.resizeColumnsToContents()

    def _combo_for(self, table: QTableWidget, row: int, col: int) -> QComboBox:
        combo = QComboBox(table)
        combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        combo.currentIndexChanged.connect(self._on_edit)
        table.setCellWidget(row, col, combo)
        return combo

    def _set_items(self, table: QTableWidget, row: int, values: dict[int, str]) -> None:
        for col, value in values.items():
            table.setItem(row, col, QTableWidgetItem(value))

    def add_stream_row(self, stream: OpinionStream | None = None, *, focus: bool = False) -> int:
        t = self.streams
        row = t.rowCount()
        t.insertRow(row)
        base = stream or OpinionStream(topic="", content="")
        holder = QTableWidgetItem()
        holder.setData(BASE_ROLE, base)
        t.setItem(row, S_TOPIC, holder)
        topic = self._combo_for(t, row, S_TOPIC)
        known = {tp.code for tp in self._topics.active()}
        for tp in self._topics.active():
            topic.addItem(tp.label, tp.code)
        if base.topic and base.topic not in known:  # an inactive or foreign topic stays
            topic.addItem(self._topics.label(base.topic), base.topic)
        if base.topic:
            topic.setCurrentIndex(topic.findData(base.topic))
        trend = self._combo_for(t, row, S_TREND)
        for tr in Trend:
            trend.addItem(labels.trend_label(tr), tr.value)
        trend.setCurrentIndex(trend.findData(base.trend.value))
        self._set_items(
            t,
            row,
            {
                S_CONTENT: base.content,
                S_CAUSE: base.cause,
                S_FORECAST: base.forecast,
                S_PROPOSAL: base.proposal,
            },
        )
        self._row_added(t, row, S_CONTENT if focus else None)
        return row

    def add_incident_row(self, incident: Incident | None = None, *, focus: bool = False) -> int:
        t = self.incidents
        row = t.rowCount()
        t.insertRow(row)
        today = date.today()
        base = incident or Incident(kind=IncidentKind.WORK_STOPPAGE, title="", start=today)
        kind = self._combo_for(t, row, I_KIND)
        for k in IncidentKind:
            kind.addItem(labels.incident_kind_label(k), k.value)
        kind.setCurrentIndex(kind.findData(base.kind.value))
        start = QDateEdit(QDate(base.start.year, base.start.month, base.start.day), t)
        start.setDisplayFormat("dd/MM/yyyy")
        start.setCalendarPopup(True)
        start.dateChanged.connect(self._on_edit)
        t.setCellWidget(row, I_START, start)
        status = self._combo_for(t, row, I_STATUS)
        for st in IncidentStatus:
            status.addItem(labels.incident_status_label(st), st.value)
        status.setCurrentIndex(status.findData(base.status.value))
        holder = QTableWidgetItem()
        holder.setData(BASE_ROLE, base)
        t.setItem(row, I_KIND, holder)
        self._set_items(
            t,
            row,
            {
                I_TITLE: base.title,
                I_ENTERPRISE: base.enterprise,
                I_INVOLVED: "" if base.workers_involved is None else str(base.workers_involved),
                I_WORKFORCE: "" if base.workforce is None else str(base.workforce),
            },
        )
        self._row_added(t, row, I_TITLE if focus else None)
        return row

    def add_recommendation_row(
        self, rec: Recommendation | None = None, *, focus: bool = False
    ) -> int:
        t = self.recommendations
        row = t.rowCount()
        t.insertRow(row)
        base = rec or Recommendation(addressee="", content="")
        self._set_items(t, row, {R_ADDRESSEE: base.addressee, R_CONTENT: base.content})
        self._row_added(t, row, R_ADDRESSEE if focus else None)
        return row

    def _row_added(self, table: QTableWidget, row: int, focus_col: int | None) -> None:
        if self._loading:
            return
        self.edited.emit()
        if focus_col is not None:
            table.setCurrentCell(row, focus_col)
            table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _remove_row(self, table: QTableWidget) -> None:
        row = table.currentRow()
        if row < 0 or self.read_only:
            return
        table.removeRow(row)
        self.edited.emit()

    # ------------------------------------------------------------------ content out

    def content(self) -> ReportContent:
        """The content the widgets hold (fields this window does not show are kept)."""
        return replace(
            self._base,
            title=self.title.text().strip(),
            assessment=self.assessment.toPlainText(),
            forecast=self.forecast.toPlainText(),
            tasks=self.tasks.toPlainText(),
            difficulties=self.difficulties.toPlainText(),
            streams=tuple(self._stream(r) for r in range(self.streams.rowCount())),
            incidents=tuple(self._incident(r) for r in range(self.incidents.rowCount())),
            recommendations=tuple(
                Recommendation(
                    addressee=_text(self.recommendations, r, R_ADDRESSEE),
                    content=_text(self.recommendations, r, R_CONTENT),
                )
                for r in range(self.recommendations.rowCount())
            ),
        )

    def _stream(self, row: int) -> OpinionStream:
        t = self.streams
        holder = t.item(row, S_TOPIC)
        base = holder.data(BASE_ROLE) if holder is not None else None
        if not isinstance(base, OpinionStream):
            base = OpinionStream(topic="", content="")
        return replace(
            base,
            topic=str(_combo(t, row, S_TOPIC).currentData() or ""),
            content=_text(t, row, S_CONTENT),
            trend=Trend(_combo(t, row, S_TREND).currentData()),
            cause=_text(t, row, S_CAUSE),
            forecast=_text(t, row, S_FORECAST),
            proposal=_text(t, row, S_PROPOSAL),
        )

    def _incident(self, row: int) -> Incident:
        t = self.incidents
        holder = t.item(row, I_KIND)
        base = holder.data(BASE_ROLE) if holder is not None else None
        start_edit = t.cellWidget(row, I_START)
        assert isinstance(start_edit, QDateEdit)
        start = start_edit.date().toPython()
        assert isinstance(start, date)
        if not isinstance(base, Incident):
            base = Incident(kind=IncidentKind.OTHER, title="", start=start)
        return replace(
            base,
            kind=IncidentKind(_combo(t, row, I_KIND).currentData()),
            title=_text(t, row, I_TITLE),
            start=start,
            enterprise=_text(t, row, I_ENTERPRISE),
            workers_involved=_int_or_none(_text(t, row, I_INVOLVED)),
            workforce=_int_or_none(_text(t, row, I_WORKFORCE)),
            status=IncidentStatus(_combo(t, row, I_STATUS).currentData()),
        )

    # ------------------------------------------------------------------ state

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.title.setReadOnly(read_only)
        for edit in (self.assessment, self.forecast, self.tasks, self.difficulties):
            edit.setReadOnly(read_only)
        triggers = (
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else QAbstractItemView.EditTrigger.AllEditTriggers
        )
        for box in (self.streams_box, self.incidents_box, self.recs_box):
            box.table.setEditTriggers(triggers)
            box.add_button.setEnabled(not read_only)
            box.remove_button.setEnabled(not read_only)
            for row in range(box.table.rowCount()):
                for col in range(box.table.columnCount()):
                    widget = box.table.cellWidget(row, col)
                    if widget is not None:
                        widget.setEnabled(not read_only)
        self.validate_button.setEnabled(not read_only)
        self.finalize_button.setEnabled(not read_only)

    def show_findings(self, lines: list[str]) -> None:
        self.findings.clear()
        self.findings.addItems(lines)
        self.findings.setVisible(True)

    # ------------------------------------------------------------------ words

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("&Title:"))
        self.title.setPlaceholderText(self.tr("Required for a thematic report"))
        self.tabs.setTabText(TAB_ASSESSMENT, self.tr("&General assessment"))
        self.tabs.setTabText(TAB_STREAMS, self.tr("&Opinion streams"))
        self.tabs.setTabText(TAB_INCIDENTS, self.tr("&Incidents"))
        self.tabs.setTabText(TAB_RECOMMENDATIONS, self.tr("&Recommendations"))
        self.tabs.setTabText(TAB_OUTLOOK, self.tr("&Forecast and tasks"))
        self.assessment.setAccessibleName(self.tr("General assessment"))
        self.forecast_label.setText(self.tr("Forecast:"))
        self.tasks_label.setText(self.tr("Tasks and solutions:"))
        self.difficulties_label.setText(self.tr("Difficulties:"))
        self.streams.setHorizontalHeaderLabels(
            [
                self.tr("Topic"),
                self.tr("Content"),
                self.tr("Trend"),
                self.tr("Cause"),
                self.tr("Forecast"),
                self.tr("Proposed solution"),
            ]
        )
        self.incidents.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("Title"),
                self.tr("Start date"),
                self.tr("Enterprise"),
                self.tr("Workers involved"),
                self.tr("Workforce"),
                self.tr("Status"),
            ]
        )
        self.recommendations.setHorizontalHeaderLabels([self.tr("Addressee"), self.tr("Content")])
        for box in (self.streams_box, self.incidents_box, self.recs_box):
            box.add_button.setText(self.tr("Add a row"))
            box.remove_button.setText(self.tr("Remove the row"))
        self.validate_button.setText(self.tr("&Check"))
        self.finalize_button.setText(self.tr("Fi&nalize…"))
        self.export_button.setText(self.tr("Export &PDF…"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self._closing_sent = False
        super().showEvent(event)

    def reject(self) -> None:  # Esc, the Close button, the window's close button
        if not getattr(self, "_closing_sent", False):
            self._closing_sent = True
            self.closing.emit()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)  # QDialog turns it into reject()
