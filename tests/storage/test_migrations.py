"""Every released schema version, as a committed database with real data, upgrades cleanly."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from dlxh_desktop.paths import DataHome
from dlxh_desktop.storage import backup, migrate, reports_repo, units_repo
from dlxh_desktop.storage.database import Database

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("schema-*.sqlite"))
NOW = datetime(2026, 11, 1, tzinfo=UTC)


def _counts(path: Path) -> tuple[int, int]:
    con = sqlite3.connect(path)
    try:
        return (
            con.execute("SELECT count(*) FROM reports").fetchone()[0],
            con.execute("SELECT count(*) FROM units").fetchone()[0],
        )
    finally:
        con.close()


def test_there_is_a_fixture_for_every_schema_version() -> None:
    """A new migration must come with a database written by the version it creates."""
    names = {p.name for p in FIXTURES}
    assert {f"schema-{rev}.sqlite" for rev in migrate.known_revisions()} <= names


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_fixture_upgrades_to_head_with_its_data(fixture: Path, tmp_path: Path) -> None:
    home = DataHome(tmp_path / "home")
    home.root.mkdir()
    shutil.copy(fixture, home.database)
    before = _counts(home.database)
    old_rev = fixture.stem.removeprefix("schema-")
    with Database.open(home, NOW) as db:
        assert migrate.current_revision(db.sessions.engine) == migrate.HEAD
        with db.sessions.read() as s:
            summaries = reports_repo.summaries(s)
            assert len(summaries) == before[0]
            # Every stored report still decodes into the current domain model.
            for summary in summaries:
                assert reports_repo.get(s, summary.id) is not None
            assert len(units_repo.all_units(s)) == before[1]
    assert backup.integrity_errors(home.database) == []
    if old_rev != migrate.HEAD:
        kept = list(home.backups.glob(f"*pre-migration-{old_rev}*"))
        assert kept, "a backup is taken before migrating"
        assert _counts(kept[0]) == before
