"""Words the interface shows for domain values (kinds, statuses, deadline states...).

English sources under the context "labels", translated by Qt Linguist; Vietnamese is what the
officers read.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from dlxh_desktop.domain import (
    DeadlineState,
    IncidentKind,
    IncidentStatus,
    Period,
    ReportKind,
    ReportStatus,
    SourceChannel,
    Trend,
)
from dlxh_desktop.messages import verdict_name

from . import i18n


def kind_label(kind: ReportKind) -> str:
    return {
        ReportKind.MONTHLY: QCoreApplication.translate("labels", "Monthly"),
        ReportKind.QUICK: QCoreApplication.translate("labels", "Quick report"),
        ReportKind.ANNUAL: QCoreApplication.translate("labels", "Annual"),
        ReportKind.THEMATIC: QCoreApplication.translate("labels", "Thematic"),
    }[kind]


def status_label(status: ReportStatus) -> str:
    return {
        ReportStatus.DRAFT: QCoreApplication.translate("labels", "Draft"),
        ReportStatus.FINALIZED: QCoreApplication.translate("labels", "Finalized"),
        ReportStatus.SENT: QCoreApplication.translate("labels", "Sent"),
        ReportStatus.ACKNOWLEDGED: QCoreApplication.translate("labels", "Receipt received"),
        ReportStatus.SUPERSEDED: QCoreApplication.translate("labels", "Superseded"),
    }[status]


def trend_label(trend: Trend) -> str:
    return {
        Trend.POSITIVE: QCoreApplication.translate("labels", "positive"),
        Trend.MIXED: QCoreApplication.translate("labels", "mixed"),
        Trend.NEGATIVE: QCoreApplication.translate("labels", "negative"),
    }[trend]


def channel_label(channel: SourceChannel) -> str:
    return {
        SourceChannel.DIRECT: QCoreApplication.translate("labels", "direct contact"),
        SourceChannel.COLLABORATOR: QCoreApplication.translate("labels", "collaborators"),
        SourceChannel.MEETING: QCoreApplication.translate("labels", "meetings"),
        SourceChannel.ZALO: "Zalo",
        SourceChannel.FACEBOOK: "Facebook",
        SourceChannel.OTHER_NETWORK: QCoreApplication.translate("labels", "other social networks"),
        SourceChannel.PRESS: QCoreApplication.translate("labels", "press"),
    }[channel]


def incident_kind_label(kind: IncidentKind) -> str:
    return {
        IncidentKind.WORK_STOPPAGE: QCoreApplication.translate(
            "labels", "Collective work stoppage"
        ),
        IncidentKind.STRIKE: QCoreApplication.translate("labels", "Strike"),
        IncidentKind.DISPUTE: QCoreApplication.translate("labels", "Labour dispute"),
        IncidentKind.WAGE_ARREARS: QCoreApplication.translate("labels", "Wage arrears"),
        IncidentKind.EMPLOYER_ABSCONDING: QCoreApplication.translate(
            "labels", "Employer absconding"
        ),
        IncidentKind.MASS_LAYOFF: QCoreApplication.translate("labels", "Mass layoff"),
        IncidentKind.ACCIDENT: QCoreApplication.translate("labels", "Work accident"),
        IncidentKind.FOOD_POISONING: QCoreApplication.translate("labels", "Food poisoning"),
        IncidentKind.HOSTILE_ONLINE: QCoreApplication.translate(
            "labels", "False or hostile information online"
        ),
        IncidentKind.OTHER: QCoreApplication.translate("labels", "Other incident"),
    }[kind]


def incident_status_label(status: IncidentStatus) -> str:
    return {
        IncidentStatus.ONGOING: QCoreApplication.translate("labels", "ongoing"),
        IncidentStatus.RESOLVED: QCoreApplication.translate("labels", "resolved"),
        IncidentStatus.MONITORING: QCoreApplication.translate("labels", "being monitored"),
    }[status]


def period_label(period: Period) -> str:
    """'Tháng 10/2026' in Vietnamese; the written form '2026-10' in English."""
    if i18n.current_language() == "vi":
        text = period.label_vi()
        return text[:1].upper() + text[1:]
    return str(period)


def format_date(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def deadline_state_text(state: DeadlineState, days_left: int) -> str:
    """Readable without colour: 'còn 5 ngày', 'quá hạn 3 ngày', 'đúng hạn', 'trễ hạn'."""
    if state is DeadlineState.ON_TIME:
        return QCoreApplication.translate("labels", "on time")
    if state is DeadlineState.LATE:
        return QCoreApplication.translate("labels", "late")
    if state is DeadlineState.OVERDUE:
        return QCoreApplication.translate(
            "labels", "overdue by %n day(s)", None, max(1, -days_left)
        )
    if days_left <= 0:
        return QCoreApplication.translate("labels", "last day today")
    return QCoreApplication.translate("labels", "%n day(s) left", None, days_left)


def deadline_text(deadline: date, state: DeadlineState | None, days_left: int) -> str:
    """'trước 20/10/2026 — còn 5 ngày': the deadline is the first day that counts as late."""
    due = QCoreApplication.translate("labels", "before %1").replace("%1", format_date(deadline))
    if state is None:
        return due
    return f"{due} — {deadline_state_text(state, days_left)}"


def submission_label(state: str) -> str:
    """Whether a unit below sent the report of a period (``services.status`` states)."""
    names = {
        "on_time": QCoreApplication.translate("labels", "Sent on time"),
        "late": QCoreApplication.translate("labels", "Sent late"),
        "missing_open": QCoreApplication.translate("labels", "Not sent yet — before the deadline"),
        "missing_due_soon": QCoreApplication.translate("labels", "Not sent yet — deadline soon"),
        "missing_overdue": QCoreApplication.translate("labels", "Not sent — past the deadline"),
    }
    return names.get(state, state)


def verdict_label(verdict: str) -> str:
    """What happened to an imported file, as the results table says it."""
    return verdict_name(verdict, QCoreApplication.translate)
