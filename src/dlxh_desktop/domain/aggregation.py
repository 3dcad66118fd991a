"""Consolidation maths: what a parent's synthesis says about its units' reports for a period."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from .reports import (
    CollaboratorNetwork,
    Incident,
    OpinionStream,
    Report,
    ReportKind,
    ReportStatus,
    Trend,
)
from .units import Unit


@dataclass(frozen=True)
class TopicSummary:
    topic: str
    streams: int
    units: int
    people: int
    trends: dict[Trend, int]
    examples: tuple[OpinionStream, ...]  # the widest-reaching streams, for the narrative


@dataclass(frozen=True)
class UnitIncident:
    unit_code: str
    incident: Incident


@dataclass(frozen=True)
class Consolidated:
    expected: tuple[Unit, ...]
    reported: tuple[str, ...]  # unit codes with a report in the period
    topics: tuple[TopicSummary, ...]  # most streams first
    incidents: tuple[UnitIncident, ...]  # by start date
    recommendations: dict[str, tuple[str, ...]] = field(default_factory=dict)  # addressee → texts
    collaborators: CollaboratorNetwork = field(default_factory=CollaboratorNetwork)

    @property
    def missing(self) -> tuple[Unit, ...]:
        done = set(self.reported)
        return tuple(u for u in self.expected if u.code not in done)


def latest_revisions(reports: Iterable[Report]) -> list[Report]:
    """The newest finalized-or-later revision of each report (drafts and superseded ignored)."""
    best: dict[str, Report] = {}
    for r in reports:
        if r.status in (ReportStatus.DRAFT, ReportStatus.SUPERSEDED):
            continue
        if r.uid not in best or r.revision > best[r.uid].revision:
            best[r.uid] = r
    return sorted(best.values(), key=lambda r: (r.unit_code, r.period, r.revision))


def consolidate(
    reports: Iterable[Report], expected: Iterable[Unit], *, examples_per_topic: int = 3
) -> Consolidated:
    """Aggregate the periodic and quick reports of the expected units for one period."""
    units = tuple(expected)
    wanted = {u.code for u in units}
    current = [r for r in latest_revisions(reports) if r.unit_code in wanted]
    reported = sorted({r.unit_code for r in current if r.kind is not ReportKind.QUICK})

    by_topic: dict[str, list[tuple[str, OpinionStream]]] = defaultdict(list)
    incidents: list[UnitIncident] = []
    recs: dict[str, list[str]] = defaultdict(list)
    total, new, trained, received = 0, 0, 0, 0
    seen_incidents: set[tuple[str, str, str]] = set()
    for r in current:
        for s in r.content.streams:
            by_topic[s.topic].append((r.unit_code, s))
        for inc in r.content.incidents:
            # A quick report and the monthly report often describe the same incident.
            key = (r.unit_code, inc.title.strip().lower(), inc.start.isoformat())
            if key not in seen_incidents:
                seen_incidents.add(key)
                incidents.append(UnitIncident(r.unit_code, inc))
        for rec in r.content.recommendations:
            if rec.content not in recs[rec.addressee]:
                recs[rec.addressee].append(rec.content)
        if r.kind is not ReportKind.QUICK:
            n = r.content.collaborators
            total, new = total + n.total, new + n.new_this_period
            trained, received = trained + n.trained, received + n.reports_received

    topics = []
    for topic, items in by_topic.items():
        trends = Counter(s.trend for _, s in items)
        widest: list[OpinionStream] = []
        for _, st in sorted(items, key=lambda it: it[1].scope_people or 0, reverse=True):
            if all(st.content.strip() != w.content.strip() for w in widest):
                widest.append(st)
        topics.append(
            TopicSummary(
                topic=topic,
                streams=len(items),
                units=len({code for code, _ in items}),
                people=sum(s.scope_people or 0 for _, s in items),
                trends={t: trends.get(t, 0) for t in Trend},
                examples=tuple(widest[:examples_per_topic]),
            )
        )
    topics.sort(key=lambda t: (-t.streams, t.topic))
    incidents.sort(key=lambda ui: (ui.incident.start, ui.unit_code))
    return Consolidated(
        expected=units,
        reported=tuple(reported),
        topics=tuple(topics),
        incidents=tuple(incidents),
        recommendations={k: tuple(v) for k, v in recs.items()},
        collaborators=CollaboratorNetwork(total, new, trained, received),
    )
