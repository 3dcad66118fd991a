"""Automatic backups, restore and the damaged-database path, on real files."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from dlxh_desktop.domain import Period, ReportContent, ReportKind
from dlxh_desktop.paths import DataHome
from dlxh_desktop.services import maintenance
from dlxh_desktop.services.app import Services
from dlxh_desktop.services.clock import FixedClock
from dlxh_desktop.services.errors import ServiceError
from dlxh_desktop.services.setup import setup_province
from dlxh_desktop.storage.engine import StorageError

T0 = datetime(2026, 10, 25, 2, 0, tzinfo=UTC)


def _home(tmp_path: Path) -> DataHome:
    home = DataHome(tmp_path / "home")
    with Services.open(home, FixedClock(T0)) as svc:
        setup_province(svc, "NB", "Liên đoàn Lao động tỉnh Ninh Bình")
        svc.reports.create(
            ReportKind.MONTHLY, Period.parse("2026-10"), ReportContent(assessment="Ổn định")
        )
    return home


def _report_count(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute("SELECT count(*) FROM reports").fetchone()[0])
    finally:
        con.close()


def test_one_automatic_backup_a_day_at_start(tmp_path: Path) -> None:
    home = _home(tmp_path)
    for hours in (1, 2, 30):
        Services.open(home, FixedClock(T0 + timedelta(hours=hours))).close()
    made = sorted(p.name for p in home.backups.glob("dlxh-*-auto.sqlite"))
    assert len(made) == 2  # day 1 (first re-open) and day 2
    assert all(_report_count(home.backups / name) == 1 for name in made)


def test_restore_sets_the_current_database_aside(tmp_path: Path) -> None:
    home = _home(tmp_path)
    saved = maintenance.backup_now(home, tmp_path / "b.sqlite")
    with Services.open(home, FixedClock(T0)) as svc:
        svc.reports.create(ReportKind.QUICK, Period.parse("2026-10-03"))
    aside = maintenance.restore(home, saved, T0)
    assert aside is not None and _report_count(aside) == 2
    assert _report_count(home.database) == 1


def test_restore_refuses_damaged_newer_or_foreign_files(tmp_path: Path) -> None:
    home = _home(tmp_path)
    before = home.database.read_bytes()
    newer = maintenance.backup_now(home, tmp_path / "newer.sqlite")
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num='9999'")
    con.commit()
    con.close()
    foreign = tmp_path / "foreign.sqlite"
    sqlite3.connect(foreign).execute("CREATE TABLE t(x)").connection.close()
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database" * 100)
    for path, code in (
        (newer, "backup_too_new"),
        (foreign, "not_a_backup"),
        (junk, "backup_damaged"),
    ):
        with pytest.raises(ServiceError) as exc:
            maintenance.restore(home, path, T0)
        assert exc.value.code == code
    assert home.database.read_bytes() == before


def test_damaged_database_is_refused_and_the_newest_good_backup_offered(tmp_path: Path) -> None:
    home = _home(tmp_path)
    Services.open(home, FixedClock(T0 + timedelta(days=1))).close()  # makes a daily backup
    good = maintenance.newest_good_backup(home)
    assert good is not None
    raw = bytearray(home.database.read_bytes())
    raw[4096:8192] = b"\x00\xff" * 2048
    home.database.write_bytes(bytes(raw))
    for suffix in ("-wal", "-shm"):
        Path(str(home.database) + suffix).unlink(missing_ok=True)
    with pytest.raises(StorageError) as exc:
        Services.open(home, FixedClock(T0 + timedelta(days=2)))
    assert exc.value.code == "db_damaged"
    maintenance.restore(home, good, T0 + timedelta(days=2))
    with Services.open(home, FixedClock(T0 + timedelta(days=2))) as svc:
        assert len(svc.reports.list()) == 1
