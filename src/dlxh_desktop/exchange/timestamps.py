"""The one timestamp spelling of signed documents: UTC, whole seconds, ``Z`` suffix."""

from __future__ import annotations

import re
from datetime import UTC, datetime

TIMESTAMP_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")


def format_timestamp(moment: datetime) -> str:
    """``2026-10-05T08:00:00Z``; refuses naive datetimes (their zone is a guess)."""
    if moment.tzinfo is None:
        raise ValueError("timestamp must be timezone-aware")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_timestamp(text: str) -> datetime:
    """Inverse of :func:`format_timestamp`; ValueError for any other spelling."""
    if not TIMESTAMP_RE.match(text):
        raise ValueError("bad timestamp")
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
