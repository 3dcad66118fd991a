"""Validation of a report before it is finalized: a list of coded findings, never sentences."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .calendar import ReportingCalendar
from .reports import Report, ReportKind
from .topics import TopicCatalogue

MAX_TEXT = 20_000
MAX_ROWS = 2_000


class Severity(StrEnum):
    ERROR = "error"  # blocks finalization
    WARNING = "warning"  # shown, does not block


@dataclass(frozen=True)
class Finding:
    code: str
    path: str  # where in the content, e.g. "streams[2].content"
    severity: Severity = Severity.ERROR


def validate_report(
    report: Report, calendar: ReportingCalendar, topics: TopicCatalogue
) -> list[Finding]:
    """All findings for ``report``; finalization requires no ERROR finding."""
    c = report.content
    out: list[Finding] = []
    err, warn = Severity.ERROR, Severity.WARNING

    def add(code: str, path: str, sev: Severity = err) -> None:
        out.append(Finding(code, path, sev))

    if not c.assessment.strip():
        add("assessment_missing", "assessment")
    if report.kind is ReportKind.THEMATIC and not c.title.strip():
        add("title_missing", "title")
    if report.kind is ReportKind.QUICK and not c.incidents and not c.streams:
        add("quick_without_subject", "incidents")
    if report.kind is ReportKind.MONTHLY and not c.streams:
        add("no_streams", "streams", warn)
    for name in ("assessment", "forecast", "tasks", "difficulties", "title"):
        if len(getattr(c, name)) > MAX_TEXT:
            add("text_too_long", name)
    if len(c.streams) > MAX_ROWS or len(c.incidents) > MAX_ROWS:
        add("too_many_rows", "streams")

    for i, s in enumerate(c.streams):
        p = f"streams[{i}]"
        if not s.content.strip():
            add("stream_empty", f"{p}.content")
        if s.topic not in topics:
            add("topic_unknown", f"{p}.topic")
        if s.scope_people is not None and s.scope_people < 0:
            add("negative_number", f"{p}.scope_people")
        if not s.cause.strip():
            add("stream_cause_missing", f"{p}.cause", warn)
        if not s.proposal.strip():
            add("stream_proposal_missing", f"{p}.proposal", warn)

    window = calendar.window(report.period)
    for i, inc in enumerate(c.incidents):
        p = f"incidents[{i}]"
        if not inc.title.strip():
            add("incident_title_missing", f"{p}.title")
        if inc.start not in window:
            add("date_outside_period", f"{p}.start", warn)
        if inc.end is not None and inc.end < inc.start:
            add("end_before_start", f"{p}.end")
        for name in ("workers_involved", "workforce"):
            v = getattr(inc, name)
            if v is not None and v < 0:
                add("negative_number", f"{p}.{name}")
        if (
            inc.workers_involved is not None
            and inc.workforce is not None
            and inc.workers_involved > inc.workforce
        ):
            add("involved_exceeds_workforce", f"{p}.workers_involved")

    for i, r in enumerate(c.recommendations):
        if not r.content.strip():
            add("recommendation_empty", f"recommendations[{i}].content")
        if not r.addressee.strip():
            add("recommendation_addressee_missing", f"recommendations[{i}].addressee")

    n = c.collaborators
    for name in ("total", "new_this_period", "trained", "reports_received"):
        if getattr(n, name) < 0:
            add("negative_number", f"collaborators.{name}")
    if n.new_this_period > n.total or n.trained > n.total:
        add("collaborators_inconsistent", "collaborators.total")
    return out


def blocking(findings: list[Finding]) -> list[Finding]:
    """The findings that stop finalization."""
    return [f for f in findings if f.severity is Severity.ERROR]
