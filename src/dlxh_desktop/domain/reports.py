"""Reports and their content, as the glossary names them."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum

from .errors import DomainError
from .periods import Period, PeriodKind


class ReportKind(StrEnum):
    MONTHLY = "monthly"
    QUICK = "quick"
    ANNUAL = "annual"
    THEMATIC = "thematic"


class ReportStatus(StrEnum):
    DRAFT = "draft"
    FINALIZED = "finalized"
    SENT = "sent"
    ACKNOWLEDGED = "acknowledged"
    SUPERSEDED = "superseded"


class Trend(StrEnum):
    POSITIVE = "positive"
    MIXED = "mixed"
    NEGATIVE = "negative"


class SourceChannel(StrEnum):
    DIRECT = "direct"
    COLLABORATOR = "collaborator"
    MEETING = "meeting"
    ZALO = "zalo"
    FACEBOOK = "facebook"
    OTHER_NETWORK = "other_network"
    PRESS = "press"


class IncidentKind(StrEnum):
    WORK_STOPPAGE = "work_stoppage"
    STRIKE = "strike"
    DISPUTE = "dispute"
    WAGE_ARREARS = "wage_arrears"
    EMPLOYER_ABSCONDING = "employer_absconding"
    MASS_LAYOFF = "mass_layoff"
    ACCIDENT = "accident"
    FOOD_POISONING = "food_poisoning"
    HOSTILE_ONLINE = "hostile_online"
    OTHER = "other"


class IncidentStatus(StrEnum):
    ONGOING = "ongoing"
    RESOLVED = "resolved"
    MONITORING = "monitoring"


class Ownership(StrEnum):
    STATE = "state"
    PRIVATE = "private"
    FOREIGN = "foreign"  # FDI
    COLLECTIVE = "collective"
    OTHER = "other"


# Which period kinds each report kind accepts.
PERIOD_KINDS: dict[ReportKind, frozenset[PeriodKind]] = {
    ReportKind.MONTHLY: frozenset({PeriodKind.MONTH}),
    ReportKind.ANNUAL: frozenset({PeriodKind.YEAR}),
    ReportKind.QUICK: frozenset({PeriodKind.DAY}),
    ReportKind.THEMATIC: frozenset(PeriodKind),
}


@dataclass(frozen=True)
class OpinionStream:
    """One body of opinion on a topic (luồng dư luận)."""

    topic: str
    content: str
    trend: Trend = Trend.MIXED
    scope_people: int | None = None
    scope_units: str = ""
    channels: tuple[SourceChannel, ...] = ()
    cause: str = ""
    forecast: str = ""
    proposal: str = ""


@dataclass(frozen=True)
class Incident:
    """A complex or sensitive incident (vụ việc), e.g. a collective work stoppage."""

    kind: IncidentKind
    title: str
    start: date
    end: date | None = None
    enterprise: str = ""
    ownership: Ownership | None = None
    origin_country: str = ""
    place: str = ""
    workers_involved: int | None = None
    workforce: int | None = None
    cause_demands: str = ""
    actions: str = ""
    handled_by: str = ""
    status: IncidentStatus = IncidentStatus.ONGOING
    resolution: str = ""
    union_role: str = ""
    sensitive: bool = False


@dataclass(frozen=True)
class Recommendation:
    addressee: str  # Đảng, Nhà nước, Tổng LĐLĐ, chính quyền địa phương, doanh nghiệp...
    content: str


@dataclass(frozen=True)
class CollaboratorNetwork:
    """Figures about the unit's public-opinion collaborators (cộng tác viên DLXH)."""

    total: int = 0
    new_this_period: int = 0
    trained: int = 0
    reports_received: int = 0
    note: str = ""


@dataclass(frozen=True)
class Attachment:
    name: str
    sha256: str
    size: int
    media_type: str = "application/octet-stream"


@dataclass(frozen=True)
class ReportContent:
    """Everything the officer writes. Stored as JSON; rendered into the document."""

    title: str = ""  # subject for thematic reports; generated for the others when empty
    assessment: str = ""  # đánh giá chung về tình hình tư tưởng
    streams: tuple[OpinionStream, ...] = ()
    incidents: tuple[Incident, ...] = ()
    recommendations: tuple[Recommendation, ...] = ()
    collaborators: CollaboratorNetwork = field(default_factory=CollaboratorNetwork)
    forecast: str = ""
    tasks: str = ""  # nhiệm vụ, giải pháp thời gian tới
    difficulties: str = ""  # khó khăn, vướng mắc
    attachments: tuple[Attachment, ...] = ()


@dataclass(frozen=True)
class Report:
    """A report revision. ``id`` is local to one database; ``uid`` travels between units and
    is the same for every revision of the same report."""

    id: int | None
    uid: str
    unit_code: str
    kind: ReportKind
    period: Period
    revision: int = 1
    status: ReportStatus = ReportStatus.DRAFT
    content: ReportContent = field(default_factory=ReportContent)
    number: str = ""  # document number, e.g. "05/BC-LĐLĐ"; allocated at finalization
    created_at: datetime | None = None
    updated_at: datetime | None = None
    finalized_at: datetime | None = None
    sent_at: datetime | None = None
    acknowledged_at: datetime | None = None

    def __post_init__(self) -> None:
        if self.period.kind not in PERIOD_KINDS[self.kind]:
            raise DomainError("period_kind_mismatch", kind=str(self.kind), period=str(self.period))
        if self.revision < 1:
            raise DomainError("revision_invalid", revision=self.revision)

    @property
    def editable(self) -> bool:
        return self.status is ReportStatus.DRAFT

    def with_content(self, content: ReportContent) -> Report:
        """A copy with new content; refuses anything but a draft (finalized is frozen)."""
        if not self.editable:
            raise DomainError("report_frozen", report=self.id, status=str(self.status))
        return replace(self, content=content)

    def next_revision(self) -> Report:
        """A new draft revision that will supersede this finalized one."""
        if self.status is ReportStatus.DRAFT:
            raise DomainError("amend_draft", report=self.id)
        return replace(
            self,
            id=None,
            revision=self.revision + 1,
            status=ReportStatus.DRAFT,
            number="",
            created_at=None,
            updated_at=None,
            finalized_at=None,
            sent_at=None,
            acknowledged_at=None,
        )


@dataclass(frozen=True)
class ReportSummary:
    """A report's header without its content: what lists and status matrices need."""

    id: int
    uid: str
    unit_code: str
    kind: ReportKind
    period: Period
    revision: int
    status: ReportStatus
    number: str
    title: str
    created_at: datetime | None
    updated_at: datetime | None
    finalized_at: datetime | None
    sent_at: datetime | None
    acknowledged_at: datetime | None
    origin: str = "local"  # "local" (written here) or "imported" (from a child unit)
