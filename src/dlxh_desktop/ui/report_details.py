"""Read-only view of one report's content (HTML in a QTextBrowser)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from dlxh_desktop.domain import Report, TopicCatalogue

from . import labels


def _para(text: str) -> str:
    return "".join(f"<p>{escape(line)}</p>" for line in text.splitlines() if line.strip())


def report_title(report: Report) -> str:
    return (
        QCoreApplication.translate("ReportDetails", "%1 · %2 · revision %3")
        .replace("%1", labels.period_label(report.period))
        .replace("%2", labels.kind_label(report.kind))
        .replace("%3", str(report.revision))
    )


def report_html(report: Report, topics: TopicCatalogue) -> str:
    """The content as simple HTML; every piece of text the officer wrote is escaped."""
    c = report.content
    out: list[str] = [f"<h2>{escape(c.title or report_title(report))}</h2>"]
    facts = [
        (QCoreApplication.translate("ReportDetails", "Kind"), labels.kind_label(report.kind)),
        (
            QCoreApplication.translate("ReportDetails", "Period"),
            labels.period_label(report.period),
        ),
        (QCoreApplication.translate("ReportDetails", "Revision"), str(report.revision)),
        (QCoreApplication.translate("ReportDetails", "Status"), labels.status_label(report.status)),
        (QCoreApplication.translate("ReportDetails", "Number"), report.number or "—"),
    ]
    out.append("<table cellspacing='0' cellpadding='2'>")
    out += [f"<tr><td><b>{escape(k)}:</b>&nbsp;</td><td>{escape(v)}</td></tr>" for k, v in facts]
    out.append("</table>")
    head_len = len(out)

    def section(title: str, body: str) -> None:
        if body:
            out.append(f"<h3>{escape(title)}</h3>{body}")

    section(QCoreApplication.translate("ReportDetails", "General assessment"), _para(c.assessment))
    streams = []
    for i, s in enumerate(c.streams, start=1):
        topic = topics.label(s.topic)
        meta = [
            QCoreApplication.translate("ReportDetails", "trend: %1").replace(
                "%1", labels.trend_label(s.trend)
            )
        ]
        if s.scope_people:
            meta.append(
                QCoreApplication.translate("ReportDetails", "about %1 people").replace(
                    "%1", f"{s.scope_people:,}".replace(",", ".")
                )
            )
        if s.channels:
            meta.append(", ".join(labels.channel_label(ch) for ch in s.channels))
        streams.append(
            f"<h4>{i}. {escape(topic)}</h4><p><i>{escape('; '.join(meta))}</i></p>"
            + _para(s.content)
            + _labelled(QCoreApplication.translate("ReportDetails", "Cause"), s.cause)
            + _labelled(QCoreApplication.translate("ReportDetails", "Forecast"), s.forecast)
            + _labelled(
                QCoreApplication.translate("ReportDetails", "Proposed solution"), s.proposal
            )
        )
    section(QCoreApplication.translate("ReportDetails", "Opinion streams"), "".join(streams))
    incidents = []
    for inc in c.incidents:
        when = labels.format_date(inc.start)
        if inc.end:
            when += " – " + labels.format_date(inc.end)
        head = f"{labels.incident_kind_label(inc.kind)}: {inc.title}"
        people = ""
        if inc.workers_involved:
            people = (
                QCoreApplication.translate("ReportDetails", "%1 of %2 workers involved")
                .replace("%1", str(inc.workers_involved))
                .replace("%2", str(inc.workforce or "?"))
            )
        inc_meta = "; ".join(
            x
            for x in (
                when,
                inc.enterprise,
                inc.place,
                people,
                labels.incident_status_label(inc.status),
            )
            if x
        )
        incidents.append(
            f"<h4>{escape(head)}</h4><p><i>{escape(inc_meta)}</i></p>"
            + _labelled(
                QCoreApplication.translate("ReportDetails", "Cause and demands"), inc.cause_demands
            )
            + _labelled(QCoreApplication.translate("ReportDetails", "Actions taken"), inc.actions)
            + _labelled(QCoreApplication.translate("ReportDetails", "Resolution"), inc.resolution)
        )
    section(QCoreApplication.translate("ReportDetails", "Incidents"), "".join(incidents))
    recs = "".join(
        f"<li><b>{escape(r.addressee)}:</b> {escape(r.content)}</li>" for r in c.recommendations
    )
    section(
        QCoreApplication.translate("ReportDetails", "Recommendations and proposals"),
        f"<ul>{recs}</ul>" if recs else "",
    )
    n = c.collaborators
    if n.total or n.reports_received:
        section(
            QCoreApplication.translate("ReportDetails", "Collaborator network"),
            "<p>"
            + escape(
                QCoreApplication.translate(
                    "ReportDetails", "%1 collaborators (%2 new, %3 trained); %4 reports received."
                )
                .replace("%1", str(n.total))
                .replace("%2", str(n.new_this_period))
                .replace("%3", str(n.trained))
                .replace("%4", str(n.reports_received))
            )
            + "</p>"
            + _para(n.note),
        )
    section(QCoreApplication.translate("ReportDetails", "Forecast"), _para(c.forecast))
    section(QCoreApplication.translate("ReportDetails", "Tasks ahead"), _para(c.tasks))
    section(
        QCoreApplication.translate("ReportDetails", "Difficulties and obstacles"),
        _para(c.difficulties),
    )
    if len(out) == head_len:  # nothing written yet
        out.append(
            "<p><i>"
            + escape(QCoreApplication.translate("ReportDetails", "Nothing has been written yet."))
            + "</i></p>"
        )
    return "".join(out)


def _labelled(label: str, text: str) -> str:
    if not text.strip():
        return ""
    return f"<p><b>{escape(label)}:</b> {escape(text)}</p>"


class ReportDetailsView(QDialog):
    """A read-only window showing one report; Esc or Close closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportDetails")
        self.resize(760, 640)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(self.buttons)
        self.retranslate()

    def show_report(self, report: Report, topics: TopicCatalogue) -> None:
        self._report = report
        self._topics = topics
        self.setWindowTitle(report_title(report))
        self.browser.setHtml(report_html(report, topics))

    def retranslate(self) -> None:
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        if getattr(self, "_report", None) is not None:
            self.show_report(self._report, self._topics)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
