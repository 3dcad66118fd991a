"""Report use cases: create, edit (autosave), validate, finalize, amend, list."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace

from dlxh_desktop.domain import (
    DeadlineState,
    Period,
    Report,
    ReportContent,
    ReportKind,
    ReportStatus,
    ReportSummary,
)
from dlxh_desktop.domain.validation import Finding, Severity, blocking, validate_report
from dlxh_desktop.storage import reports_repo
from dlxh_desktop.storage.engine import SessionFactory

from .clock import Clock
from .errors import ServiceError
from .settings import SettingsService

DOC_TYPE = "BC"  # báo cáo


@dataclass(frozen=True)
class ReportRow:
    """A summary with its deadline state, for lists."""

    summary: ReportSummary
    deadline_state: DeadlineState
    days_left: int


class ReportService:
    def __init__(self, sessions: SessionFactory, settings: SettingsService, clock: Clock) -> None:
        self._sessions = sessions
        self._settings = settings
        self._clock = clock

    def get(self, report_id: int) -> Report:
        with self._sessions.read() as s:
            r = reports_repo.get(s, report_id)
        if r is None:
            raise ServiceError("report_unknown", report=report_id)
        return r

    def create(
        self, kind: ReportKind, period: Period, content: ReportContent | None = None
    ) -> Report:
        """A new draft of this unit."""
        unit = self._settings.require_own_unit()
        now = self._clock.now()
        draft = Report(
            id=None,
            uid=uuid.uuid4().hex,
            unit_code=unit,
            kind=kind,
            period=period,
            content=content or ReportContent(),
            created_at=now,
            updated_at=now,
        )
        with self._sessions.write() as s:
            return reports_repo.add(s, draft)

    def save_content(self, report_id: int, content: ReportContent) -> Report:
        """Replace a draft's content (the autosave path); refuses a finalized report."""
        with self._sessions.write() as s:
            r = reports_repo.get(s, report_id)
            if r is None:
                raise ServiceError("report_unknown", report=report_id)
            if not r.editable:
                raise ServiceError("report_frozen", report=report_id, status=r.status.value)
            changed = replace(r.with_content(content), updated_at=self._clock.now())
            return reports_repo.update(s, changed)

    def validate(self, report_id: int) -> list[Finding]:
        """Content findings, plus a warning for each unit setting the document will show as a
        placeholder (signer, position...)."""
        r = self.get(report_id)
        found = validate_report(r, self._settings.calendar(), self._settings.topics())
        found += [
            Finding("letterhead_missing", f"letterhead.{name}", Severity.WARNING)
            for name in self._settings.letterhead(r.unit_code).missing()
        ]
        return found

    def finalize(self, report_id: int, number: int | None = None) -> Report:
        """Freeze a draft: validate, allocate its document number (or take ``number``, as the
        clerical office assigned it), supersede older revisions."""
        if number is not None and not 1 <= number <= 9999:
            raise ServiceError("number_invalid", number=number)
        findings = self.validate(report_id)
        errors = blocking(findings)
        if errors:
            raise ServiceError(
                "report_invalid",
                report=report_id,
                count=len(errors),
                first=errors[0].path,
                findings=[(f.code, f.path) for f in errors],
            )
        lh = self._settings.letterhead()
        now = self._clock.now()
        with self._sessions.write() as s:
            r = reports_repo.get(s, report_id)
            if r is None:
                raise ServiceError("report_unknown", report=report_id)
            if r.status is not ReportStatus.DRAFT:
                raise ServiceError("report_frozen", report=report_id, status=r.status.value)
            year = self._clock.today().year
            if number is None:
                n = reports_repo.next_number(s, r.unit_code, year, DOC_TYPE)
            else:
                n = number
                reports_repo.raise_number_floor(s, r.unit_code, year, DOC_TYPE, number)
            symbol = lh.symbol or r.unit_code
            done = replace(
                r,
                status=ReportStatus.FINALIZED,
                number=f"{n:02d}/{DOC_TYPE}-{symbol}",
                finalized_at=now,
                updated_at=now,
            )
            for older in range(1, r.revision):
                prev = reports_repo.get_revision(s, r.uid, older)
                if prev is not None and prev.status is not ReportStatus.SUPERSEDED:
                    reports_repo.update(s, replace(prev, status=ReportStatus.SUPERSEDED))
            return reports_repo.update(s, done)

    def amend(self, report_id: int) -> Report:
        """A new draft revision of a finalized report (the finalized one stays readable)."""
        now = self._clock.now()
        with self._sessions.write() as s:
            r = reports_repo.get(s, report_id)
            if r is None:
                raise ServiceError("report_unknown", report=report_id)
            if r.status is ReportStatus.DRAFT:
                raise ServiceError("amend_draft", report=report_id)
            latest = reports_repo.latest_revision(s, r.uid)
            if latest != r.revision:
                newer = reports_repo.get_revision(s, r.uid, latest)
                raise ServiceError(
                    "amend_not_latest", report=report_id, newer=newer.id if newer else None
                )
            draft = replace(r.next_revision(), created_at=now, updated_at=now)
            return reports_repo.add(s, draft)

    def list(self, *, unit_code: str | None = None, all_units: bool = False) -> list[ReportRow]:
        """This unit's reports (or every unit's), with deadline state from the clock."""
        code = None if all_units else (unit_code or self._settings.require_own_unit())
        cal = self._settings.calendar()
        today = self._clock.today()
        with self._sessions.read() as s:
            items = reports_repo.summaries(s, unit_code=code)
        # Newest period first by date (the period text sorts 2026-Q4 after 2026-11).
        items.sort(key=lambda it: (cal.window(it.period).end, it.unit_code), reverse=True)
        out = []
        for it in items:
            sent = it.sent_at.astimezone().date() if it.sent_at else None
            out.append(
                ReportRow(it, cal.state(it.period, today, sent), cal.days_left(it.period, today))
            )
        return out
