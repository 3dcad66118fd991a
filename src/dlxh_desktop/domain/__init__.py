"""Pure domain model: no Qt, no SQLAlchemy, no I/O."""

from .calendar import DataWindow, DeadlineState, ReportingCalendar
from .errors import ContentError, DomainError
from .periods import Period, PeriodKind
from .reports import (
    Attachment,
    CollaboratorNetwork,
    Incident,
    IncidentKind,
    IncidentStatus,
    OpinionStream,
    Ownership,
    Recommendation,
    Report,
    ReportContent,
    ReportKind,
    ReportStatus,
    ReportSummary,
    SourceChannel,
    Trend,
)
from .topics import Topic, TopicCatalogue
from .units import Unit, UnitKind, UnitTree

__all__ = [
    "Attachment",
    "CollaboratorNetwork",
    "ContentError",
    "DataWindow",
    "DeadlineState",
    "DomainError",
    "Incident",
    "IncidentKind",
    "IncidentStatus",
    "OpinionStream",
    "Ownership",
    "Period",
    "PeriodKind",
    "Recommendation",
    "Report",
    "ReportContent",
    "ReportKind",
    "ReportStatus",
    "ReportSummary",
    "ReportingCalendar",
    "SourceChannel",
    "Topic",
    "TopicCatalogue",
    "Trend",
    "Unit",
    "UnitKind",
    "UnitTree",
]
