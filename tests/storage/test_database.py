from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from dlxh_desktop.domain import (
    OpinionStream,
    Period,
    Report,
    ReportContent,
    ReportKind,
    ReportStatus,
    Unit,
    UnitKind,
)
from dlxh_desktop.paths import DataHome
from dlxh_desktop.storage import backup, migrate, reports_repo, settings_repo, units_repo
from dlxh_desktop.storage.database import Database
from dlxh_desktop.storage.engine import StorageError

NOW = datetime(2026, 10, 25, 2, 0, tzinfo=UTC)


@pytest.fixture
def home(tmp_path: Path) -> DataHome:
    return DataHome(tmp_path / "data")


def _seed(db: Database) -> Report:
    with db.sessions.write() as s:
        units_repo.upsert_many(
            s,
            [
                Unit("KCN-1", "CĐCS Công ty May 10", UnitKind.GRASSROOTS, "NB"),
                Unit("NB", "LĐLĐ tỉnh Ninh Bình", UnitKind.PROVINCE),
            ],
        )
        r = Report(
            None,
            "uid-1",
            "KCN-1",
            ReportKind.MONTHLY,
            Period.parse("2026-10"),
            content=ReportContent(
                assessment="Ổn định", streams=(OpinionStream("viec-lam", "Thiếu đơn hàng"),)
            ),
            created_at=NOW,
        )
        return reports_repo.add(s, r)


def test_pragmas_and_schema_from_empty(home: DataHome) -> None:
    with Database.open(home, NOW) as db:
        with db.sessions.read() as s:
            conn = s.connection()
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert migrate.current_revision(db.sessions.engine) == migrate.head_revision()


def test_round_trip_returns_domain_objects(home: DataHome) -> None:
    with Database.open(home, NOW) as db:
        saved = _seed(db)
    with Database.open(home, NOW) as db, db.sessions.read() as s:
        got = reports_repo.get(s, saved.id or 0)
        assert got == saved
        assert isinstance(got, Report)
        assert got.created_at == NOW
        assert [u.code for u in units_repo.all_units(s)] == ["KCN-1", "NB"]
        (summary,) = reports_repo.summaries(s)
        assert (summary.unit_code, summary.status) == ("KCN-1", ReportStatus.DRAFT)


def test_failed_write_rolls_back_everything(home: DataHome) -> None:
    with Database.open(home, NOW) as db:
        _seed(db)
        with pytest.raises(RuntimeError), db.sessions.write() as s:
            settings_repo.put(s, "x", 1)
            reports_repo.next_number(s, "KCN-1", 2026)
            raise RuntimeError("boom")
        with db.sessions.read() as s:
            assert settings_repo.get(s, "x") is None
            assert reports_repo.next_number(s, "KCN-1", 2026) == 1  # counter untouched


def test_foreign_keys_are_enforced(home: DataHome) -> None:
    with Database.open(home, NOW) as db, pytest.raises(IntegrityError), db.sessions.write() as s:
        reports_repo.add(s, Report(None, "u", "NOPE", ReportKind.MONTHLY, Period.parse("2026-10")))


def test_second_instance_is_refused(home: DataHome) -> None:
    with Database.open(home, NOW):
        with pytest.raises(StorageError) as exc:
            Database.open(home, NOW)
        assert exc.value.code == "home_in_use"
    Database.open(home, NOW).close()  # released on close


def test_locked_database_gives_a_clear_code(home: DataHome) -> None:
    with Database.open(home, NOW) as db:
        _seed(db)
        other = sqlite3.connect(home.database, timeout=0.1)
        other.execute("BEGIN IMMEDIATE")
        try:
            # Our writer waits for the busy timeout, then gives up with a clear code.
            with pytest.raises(StorageError) as exc, db.sessions.write() as s:
                settings_repo.put(s, "y", 2)
            assert exc.value.code == "db_locked"
        finally:
            other.rollback()
            other.close()


def test_newer_schema_is_refused(home: DataHome) -> None:
    Database.open(home, NOW).close()
    con = sqlite3.connect(home.database)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    with pytest.raises(StorageError) as exc:
        Database.open(home, NOW)
    assert exc.value.code == "db_too_new"


def test_damaged_database_is_never_opened_silently(home: DataHome) -> None:
    with Database.open(home, NOW) as db:
        _seed(db)
    raw = bytearray(home.database.read_bytes())
    raw[4096 : 4096 + 2000] = b"\xff" * 2000  # clobber the second page
    home.database.write_bytes(bytes(raw))
    with pytest.raises(StorageError) as exc:
        Database.open(home, NOW)
    assert exc.value.code == "db_damaged"


def test_backup_copy_is_checked_and_rotation_keeps_7_daily_4_weekly(
    home: DataHome, tmp_path: Path
) -> None:
    with Database.open(home, NOW) as db:
        _seed(db)
        copy = backup.backup_to(home.database, tmp_path / "copy.sqlite")
        assert backup.integrity_errors(copy) == []
        folder = tmp_path / "rot"
        for day in range(40):
            backup.automatic_backup(home.database, folder, NOW - timedelta(days=40 - day))
        kept = backup.list_backups(folder)
        assert 7 <= len(kept) <= 11
        days = {p.name[5:13] for p in kept}
        assert len(days) == len(kept)


def test_head_constant_matches_the_newest_migration() -> None:
    assert migrate.head_revision() == migrate.HEAD
