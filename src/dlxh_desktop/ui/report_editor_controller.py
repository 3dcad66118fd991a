"""Wires the report editor to the services: autosave, check, finalize, PDF export.

Every database call goes through ``TaskManager.run_db`` (the single database worker), so an
autosave queued before a check or a finalization is always written first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTime, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from dlxh_desktop.domain import Report, TopicCatalogue
from dlxh_desktop.domain.validation import Finding, Severity
from dlxh_desktop.messages import finding_text
from dlxh_desktop.services.app import Services
from dlxh_desktop.services.errors import ServiceError
from dlxh_desktop.services.rendering import write_report

from . import i18n, labels
from .prompts import Confirm, exec_confirm, notice, question
from .report_details import report_title
from .report_editor_view import ReportEditorView
from .tasks import TaskManager

AUTOSAVE_MS = 2000

ChoosePath = Callable[[QWidget, str], "str | None"]
"""``choose(parent, suggested)``: where to write the PDF, or None when the person cancelled."""

_PATH = re.compile(r"^([a-z_]+)(?:\[(\d+)\])?(?:\.([a-z_.]+))?$")


def choose_pdf_dialog(parent: QWidget, suggested: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ReportEditorController", "Export as PDF"),
        suggested,
        QCoreApplication.translate("ReportEditorController", "PDF documents (*.pdf)"),
    )
    return path or None


def field_label(path: str) -> str:
    """Where a finding points, in words: 'Luồng dư luận 2 — Nguyên nhân'."""
    m = _PATH.match(path)
    if m is None:
        return path
    head, index, tail = m.group(1), m.group(2), m.group(3) or ""
    heads = {
        "assessment": QCoreApplication.translate("ReportEditorController", "General assessment"),
        "title": QCoreApplication.translate("ReportEditorController", "Title"),
        "forecast": QCoreApplication.translate("ReportEditorController", "Forecast"),
        "tasks": QCoreApplication.translate("ReportEditorController", "Tasks and solutions"),
        "difficulties": QCoreApplication.translate("ReportEditorController", "Difficulties"),
        "streams": QCoreApplication.translate("ReportEditorController", "Opinion stream %1"),
        "incidents": QCoreApplication.translate("ReportEditorController", "Incident %1"),
        "recommendations": QCoreApplication.translate(
            "ReportEditorController", "Recommendation %1"
        ),
        "collaborators": QCoreApplication.translate("ReportEditorController", "Collaborators"),
        "letterhead": QCoreApplication.translate("ReportEditorController", "Unit settings"),
    }
    text = heads.get(head, head)
    text = text.replace("%1", str(int(index) + 1) if index is not None else "").strip()
    fields = {
        "content": QCoreApplication.translate("ReportEditorController", "content"),
        "topic": QCoreApplication.translate("ReportEditorController", "topic"),
        "cause": QCoreApplication.translate("ReportEditorController", "cause"),
        "proposal": QCoreApplication.translate("ReportEditorController", "proposed solution"),
        "title": QCoreApplication.translate("ReportEditorController", "title"),
        "start": QCoreApplication.translate("ReportEditorController", "start date"),
        "end": QCoreApplication.translate("ReportEditorController", "end date"),
        "workers_involved": QCoreApplication.translate(
            "ReportEditorController", "workers involved"
        ),
        "addressee": QCoreApplication.translate("ReportEditorController", "addressee"),
        # letterhead.* (document header and signature settings)
        "issuing_body": QCoreApplication.translate("ReportEditorController", "issuing body"),
        "symbol": QCoreApplication.translate("ReportEditorController", "symbol in numbers"),
        "place": QCoreApplication.translate("ReportEditorController", "place name"),
        "position": QCoreApplication.translate("ReportEditorController", "signer's position"),
        "signer": QCoreApplication.translate("ReportEditorController", "signer"),
    }
    if tail:
        text += " — " + fields.get(tail, tail)
    return text


def finding_line(f: Finding) -> str:
    """'Lỗi — Đánh giá chung: Chưa có phần đánh giá chung.'"""
    what = finding_text(f.code, QCoreApplication.translate)
    level = (
        QCoreApplication.translate("ReportEditorController", "Error")
        if f.severity is Severity.ERROR
        else QCoreApplication.translate("ReportEditorController", "Warning")
    )
    return f"{level} — {field_label(f.path)}: {what}"


class ReportEditorController(QObject):
    """Owns one editor window for one report (read-only unless it is a draft).

    Signals:
        changed(int): the report was saved or finalized (its id): lists should refresh.
        closed(int): the window closed and its last save is written (its id).
    """

    changed = Signal(int)
    closed = Signal(int)

    def __init__(
        self,
        *,
        tasks: TaskManager,
        services: Services,
        report: Report,
        topics: TopicCatalogue,
        parent_widget: QWidget | None = None,
        confirm: Confirm = exec_confirm,
        choose_pdf: ChoosePath = choose_pdf_dialog,
        autosave_ms: int = AUTOSAVE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        assert report.id is not None
        self.tasks = tasks
        self.services = services
        self.report = report
        self.report_id: int = report.id
        self.confirm = confirm
        self.choose_pdf = choose_pdf
        self.view = ReportEditorView(parent_widget)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(autosave_ms)
        self.timer.timeout.connect(self.save_now)
        self.dirty = False
        self._pending = 0
        self._closing = False
        self._disposed = False
        self.view.load(report.content, topics)
        self._show_state()
        v = self.view
        v.edited.connect(self._on_edited)
        v.save_requested.connect(self.save_now)
        v.closing.connect(self._on_closing)
        v.validate_button.clicked.connect(self.validate)
        v.finalize_button.clicked.connect(self.finalize)
        v.export_button.clicked.connect(self.export_pdf)

    # ------------------------------------------------------------------ public

    def show(self) -> None:
        self.view.show()
        self.view.raise_()
        self.view.activateWindow()
        if not self.view.read_only:
            self.view.assessment.setFocus()

    def close(self) -> None:
        """Close the window (the last edits are saved first)."""
        self.view.reject()

    def save_now(self) -> None:
        """Write the widgets' content now (on the database worker), if anything changed."""
        self.timer.stop()
        if not self.dirty or not self.report.editable:
            return
        self.dirty = False
        content = self.view.content()
        svc, rid = self.services, self.report_id
        self._run(
            lambda: svc.reports.save_content(rid, content), self._on_saved, self._on_save_error
        )

    def validate(self) -> None:
        self.save_now()
        svc, rid = self.services, self.report_id
        self._run(lambda: svc.reports.validate(rid), self._on_findings, self._show_error)

    def finalize(self) -> None:
        box = question(
            self.view,
            self.tr("Finalize the report"),
            self.tr("Finalize this report now?"),
            self.tr(
                "It gets its document number and can no longer be changed; a correction "
                "is then made as a new revision."
            ),
        )
        if not self.confirm(box):
            return
        self.save_now()
        svc, rid = self.services, self.report_id
        self._run(
            lambda: svc.reports.finalize(rid),
            self._on_finalized,
            self._on_finalize_error,
            label=self.tr("Finalizing the report…"),
        )

    def export_pdf(self) -> None:
        r = self.report
        suggested = str(Path.home() / f"bao-cao-{r.period}-lan-{r.revision}.pdf")
        chosen = self.choose_pdf(self.view, suggested)
        if not chosen:
            return
        out = Path(chosen)
        if out.suffix.lower() != ".pdf":
            out = out.with_suffix(".pdf")
        self.save_now()
        svc, rid = self.services, self.report_id
        self._run(
            lambda: write_report(svc, rid, "pdf", out),
            self._on_exported,
            self._show_error,
            label=self.tr("Writing the PDF…"),
        )

    # ------------------------------------------------------------------ callbacks

    def _run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        *,
        label: str | None = None,
    ) -> None:
        """Database work; outcomes come back only while the window exists."""
        self._pending += 1

        def done(result: Any) -> None:
            self._pending -= 1
            on_done(result)
            self._maybe_dispose()

        def failed(err: BaseException) -> None:
            self._pending -= 1
            on_error(err)
            self._maybe_dispose()

        self.tasks.run_db(fn, done, failed, label=label)

    def _on_edited(self) -> None:
        if not self.report.editable:
            return
        self.dirty = True
        self.timer.start()  # every edit starts the two seconds again

    def _on_saved(self, report: Report) -> None:
        self.report = report
        if not self._closing:
            time = QTime.currentTime().toString("HH:mm:ss")
            self.view.saved_label.setText(self.tr("Saved at %1").replace("%1", time))
        self.changed.emit(self.report_id)

    def _on_save_error(self, err: BaseException) -> None:
        # still not written; a report finalized elsewhere meanwhile cannot be written at all
        self.dirty = not (isinstance(err, ServiceError) and err.code == "report_frozen")
        if not self._closing:
            self.view.saved_label.setText(
                self.tr("Not saved: %1").replace("%1", i18n.error_text(err))
            )
            self._show_error(err)

    def _on_findings(self, findings: list[Finding]) -> None:
        if self._closing:
            return
        if findings:
            lines = list(dict.fromkeys(finding_line(f) for f in findings))  # once each
        else:
            lines = [self.tr("No problem found: the report can be finalized.")]
        self.view.show_findings(lines)

    def _on_finalized(self, report: Report) -> None:
        self.report = report
        self.changed.emit(self.report_id)
        if not self._closing:
            self._show_state()
            self.view.saved_label.setText(
                self.tr("Finalized as number %1").replace("%1", report.number)
            )

    def _on_finalize_error(self, err: BaseException) -> None:
        self._show_error(err)
        if isinstance(err, ServiceError) and err.code == "report_invalid":
            self.validate()

    def _on_exported(self, path: Path) -> None:
        if not self._closing:
            self.view.saved_label.setText(self.tr("PDF written: %1").replace("%1", str(path)))

    def _show_error(self, err: BaseException) -> None:
        if not self._closing:
            notice(self.view, QMessageBox.Icon.Warning, i18n.error_text(err), name="editorError")

    def _on_closing(self) -> None:
        self.save_now()
        self._closing = True
        self._maybe_dispose()

    def _maybe_dispose(self) -> None:
        if self._closing and self._pending == 0 and not self._disposed:
            self._disposed = True
            self.closed.emit(self.report_id)
            self.view.deleteLater()
            self.deleteLater()

    # ------------------------------------------------------------------ words

    def _show_state(self) -> None:
        r = self.report
        title = report_title(r)
        status = labels.status_label(r.status)
        if r.number:
            status += " · " + self.tr("Number %1").replace("%1", r.number)
        self.view.setWindowTitle(title + " — DLXH Desktop")
        self.view.heading.setText(f"{title} · {status}")
        self.view.set_read_only(not r.editable)
        if not r.editable:
            self.view.saved_label.setText(
                self.tr("This report is %1 and can no longer be changed.").replace(
                    "%1", status.lower()
                )
            )
