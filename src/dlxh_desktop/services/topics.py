"""The topic catalogue shipped in resources/topics/topics.json."""

from __future__ import annotations

import json
from functools import cache

from dlxh_desktop.domain import TopicCatalogue
from dlxh_desktop.resources import resource_path


@cache
def shipped_topics() -> TopicCatalogue:
    with open(resource_path("topics", "topics.json"), encoding="utf-8") as fh:
        return TopicCatalogue.from_records(json.load(fh))
