"""Typed settings of this installation, stored in the database."""

from __future__ import annotations

from dlxh_desktop.domain import ReportingCalendar, Topic, TopicCatalogue
from dlxh_desktop.domain.letterhead import Letterhead
from dlxh_desktop.storage import settings_repo
from dlxh_desktop.storage.engine import SessionFactory

from .errors import ServiceError
from .topics import shipped_topics

OWN_UNIT = "unit.code"
CALENDAR = "calendar"
TOPICS_EXTRA = "topics.extra"
LANGUAGE = "ui.language"


def _letterhead_key(unit_code: str) -> str:
    return f"letterhead:{unit_code}"


class SettingsService:
    """Reads and writes settings; every call is one short transaction."""

    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions

    def own_unit_code(self) -> str | None:
        with self._sessions.read() as s:
            code: str | None = settings_repo.get(s, OWN_UNIT)
            return code

    def require_own_unit(self) -> str:
        code = self.own_unit_code()
        if code is None:
            raise ServiceError("not_set_up")
        return code

    def calendar(self) -> ReportingCalendar:
        with self._sessions.read() as s:
            data = settings_repo.get(s, CALENDAR)
        return ReportingCalendar.from_dict(data) if data else ReportingCalendar()

    def set_calendar(self, cal: ReportingCalendar) -> None:
        with self._sessions.write() as s:
            settings_repo.put(s, CALENDAR, cal.to_dict())

    def letterhead(self, unit_code: str | None = None) -> Letterhead:
        code = unit_code or self.require_own_unit()
        with self._sessions.read() as s:
            data = settings_repo.get(s, _letterhead_key(code))
        return Letterhead.from_dict(data) if data else Letterhead()

    def set_letterhead(self, lh: Letterhead, unit_code: str | None = None) -> None:
        code = unit_code or self.require_own_unit()
        with self._sessions.write() as s:
            settings_repo.put(s, _letterhead_key(code), lh.to_dict())

    def topics(self) -> TopicCatalogue:
        """Shipped topics plus the ones the top unit added."""
        with self._sessions.read() as s:
            extra = settings_repo.get(s, TOPICS_EXTRA, [])
        return shipped_topics().extended(TopicCatalogue.from_records(extra))

    def add_topic(self, topic: Topic) -> None:
        with self._sessions.write() as s:
            extra = settings_repo.get(s, TOPICS_EXTRA, [])
            extra = [t for t in extra if t["code"] != topic.code]
            extra.append(TopicCatalogue([topic]).to_records()[0])
            settings_repo.put(s, TOPICS_EXTRA, extra)

    def language(self) -> str:
        with self._sessions.read() as s:
            lang: str = settings_repo.get(s, LANGUAGE, "vi")
            return lang

    def set_language(self, lang: str) -> None:
        with self._sessions.write() as s:
            settings_repo.put(s, LANGUAGE, lang)
