"""The top unit's calendar and topics reach the units below in its directory; below the top
they cannot be changed locally."""

from __future__ import annotations

from pathlib import Path

import pytest
from exchange_world import World, make_world

from dlxh_desktop.domain import Period
from dlxh_desktop.services.directory import export_directory
from dlxh_desktop.services.errors import ServiceError
from dlxh_desktop.services.package_import import ImportResult, import_paths
from dlxh_desktop.services.tree_settings import add_topic, change_calendar


@pytest.fixture
def world(tmp_path: Path):  # type: ignore[no-untyped-def]
    w = make_world(tmp_path)
    yield w
    w.close()


def test_calendar_and_topics_travel_down(world: World) -> None:
    change_calendar(world.province, monthly_deadline_day=25)
    add_topic(world.province, "chuyen-doi-so", "Chuyển đổi số")
    out = world.tmp / "directory-2.dlxh"
    export_directory(world.p, out)
    results = [r for r in import_paths(world.c, [out]) if isinstance(r, ImportResult)]
    assert [r.verdict for r in results] == ["imported"]
    child_cal = world.child.settings.calendar()
    assert child_cal.deadline(Period.parse("2026-10")).day == 25
    assert world.child.settings.topics().label("chuyen-doi-so") == "Chuyển đổi số"


def test_units_below_the_top_cannot_change_them(world: World) -> None:
    for change in (
        lambda: change_calendar(world.child, monthly_deadline_day=28),
        lambda: add_topic(world.child, "rieng", "Riêng"),
    ):
        with pytest.raises(ServiceError) as exc:
            change()
        assert exc.value.code == "set_by_parent"
    assert world.child.settings.calendar().monthly_deadline_day == 20
