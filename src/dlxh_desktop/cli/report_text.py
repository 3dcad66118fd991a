"""Plain-text view of a report for ``dlxh report show``."""

from __future__ import annotations

from dlxh_desktop.domain import Report, TopicCatalogue


def render(r: Report, topics: TopicCatalogue) -> str:
    """A readable summary: header, assessment, streams, incidents, recommendations."""
    c = r.content
    lines = [
        f"Report {r.id}  {r.kind.value} {r.period}  revision {r.revision}  {r.status.value}",
        f"Unit: {r.unit_code}   Number: {r.number or '(not yet numbered)'}",
    ]
    if c.title:
        lines.append(f"Title: {c.title}")
    lines += ["", "Assessment:", f"  {c.assessment or '(empty)'}", ""]
    lines.append(f"Opinion streams ({len(c.streams)}):")
    for s in c.streams:
        lines.append(f"  - [{topics.label(s.topic)}] ({s.trend.value}) {s.content}")
    lines.append(f"Incidents ({len(c.incidents)}):")
    for i in c.incidents:
        who = f"{i.workers_involved}/{i.workforce}" if i.workers_involved is not None else "?"
        lines.append(f"  - {i.start} {i.kind.value}: {i.title} ({i.enterprise}; {who} workers)")
    lines.append(f"Recommendations ({len(c.recommendations)}):")
    for rec in c.recommendations:
        lines.append(f"  - to {rec.addressee}: {rec.content}")
    n = c.collaborators
    lines.append(f"Collaborators: {n.total} (new {n.new_this_period}, trained {n.trained})")
    return "\n".join(lines)
