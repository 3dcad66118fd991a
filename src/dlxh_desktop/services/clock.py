"""Time as the services see it: the real clock, or a fixed one tests and demos set.

``DLXH_NOW`` (ISO 8601, e.g. ``2026-10-25T09:00:00+07:00``) fixes the clock of a CLI run, so
subprocess tests can check deadlines on a known date.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """Aware current time."""
        ...

    def today(self) -> date:
        """Today's date where the office is (local time)."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def today(self) -> date:
        return datetime.now().astimezone().date()


@dataclass(frozen=True)
class FixedClock:
    at: datetime

    def now(self) -> datetime:
        return self.at

    def today(self) -> date:
        return self.at.date()


def clock_from_env() -> Clock:
    """The clock for this process: fixed by ``DLXH_NOW`` if set, else the system clock."""
    text = os.environ.get("DLXH_NOW")
    if text:
        at = datetime.fromisoformat(text)
        return FixedClock(at if at.tzinfo else at.replace(tzinfo=UTC))
    return SystemClock()
