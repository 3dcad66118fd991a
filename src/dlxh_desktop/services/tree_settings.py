"""Settings the top unit decides for its whole tree: the reporting calendar and the extra
topics. They travel down in its directory, so a unit below takes them from its parent."""

from __future__ import annotations

import dataclasses
from typing import Any

from dlxh_desktop.domain import DomainError, ReportingCalendar, Topic, TopicCatalogue

from .app import Services
from .errors import ServiceError


def _require_top(svc: Services) -> None:
    svc.settings.require_own_unit()
    if svc.exchange.parent() is not None:
        raise ServiceError("set_by_parent")


def change_calendar(svc: Services, **changes: Any) -> ReportingCalendar:
    """A calendar with ``changes`` (field names of ReportingCalendar) applied; refused below
    the top of the tree, or when a day does not exist (``calendar_invalid``)."""
    _require_top(svc)
    try:
        cal = dataclasses.replace(svc.settings.calendar(), **changes)
    except DomainError as exc:
        raise ServiceError("calendar_invalid", field=exc.details.get("field", "")) from None
    svc.settings.set_calendar(cal)
    return cal


def add_topic(svc: Services, code: str, label: str, group: str = "") -> Topic:
    """Add (or relabel) a topic for the whole tree."""
    _require_top(svc)
    if not label.strip():
        raise ServiceError("topic_label_empty")
    try:
        topic = Topic(code, label.strip(), group.strip())
        TopicCatalogue([topic])  # validates the code
    except DomainError:
        raise ServiceError("topic_code_invalid", topic=code) from None
    svc.settings.add_topic(topic)
    return topic


def retire_topic(svc: Services, code: str) -> Topic:
    """Stop offering a topic; old reports keep their label."""
    _require_top(svc)
    topics = svc.settings.topics()
    if code not in topics:
        raise ServiceError("topic_unknown", topic=code)
    current = next(t for t in topics if t.code == code)
    retired = dataclasses.replace(current, active=False)
    svc.settings.add_topic(retired)
    return retired
