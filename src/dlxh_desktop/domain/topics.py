"""The topic catalogue (chủ đề): codes with Vietnamese labels, extensible by the top unit."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from .errors import DomainError
from .units import validate_code


@dataclass(frozen=True)
class Topic:
    code: str
    label: str
    group: str = ""
    active: bool = True


class TopicCatalogue:
    """Ordered topics by code. Inactive topics stay so old reports still resolve labels."""

    def __init__(self, topics: Iterable[Topic]) -> None:
        self._topics: dict[str, Topic] = {}
        for t in topics:
            validate_code(t.code)
            if t.code in self._topics:
                raise DomainError("topic_duplicate", topic=t.code)
            self._topics[t.code] = t

    @staticmethod
    def from_records(records: Iterable[Mapping[str, Any]]) -> TopicCatalogue:
        """Build from plain records (the shipped JSON, a directory package)."""
        try:
            return TopicCatalogue(
                Topic(
                    code=str(r["code"]),
                    label=str(r["label"]),
                    group=str(r.get("group", "")),
                    active=bool(r.get("active", True)),
                )
                for r in records
            )
        except (KeyError, TypeError):
            raise DomainError("topic_record_invalid") from None

    def to_records(self) -> list[dict[str, Any]]:
        return [
            {"code": t.code, "label": t.label, "group": t.group, "active": t.active}
            for t in self._topics.values()
        ]

    def __contains__(self, code: object) -> bool:
        return code in self._topics

    def __iter__(self) -> Iterator[Topic]:
        return iter(self._topics.values())

    def __len__(self) -> int:
        return len(self._topics)

    def label(self, code: str) -> str:
        """Vietnamese label, or the code itself for a topic this installation does not know."""
        t = self._topics.get(code)
        return t.label if t else code

    def active(self) -> list[Topic]:
        return [t for t in self._topics.values() if t.active]

    def extended(self, extra: Iterable[Topic]) -> TopicCatalogue:
        """A catalogue with topics added or replaced (the top unit's own topics)."""
        merged = dict(self._topics)
        for t in extra:
            merged[t.code] = t
        return TopicCatalogue(merged.values())
