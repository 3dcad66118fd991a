"""Backups, restore and health checks of a data folder."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from dlxh_desktop.paths import DataHome
from dlxh_desktop.storage import backup, migrate
from dlxh_desktop.storage.engine import StorageError, make_engine
from dlxh_desktop.storage.instance_lock import InstanceLock

from .errors import ServiceError


def backup_now(home: DataHome, out: Path) -> Path:
    """Consistent copy of the database to ``out`` (works while the program runs)."""
    if not home.database.exists():
        raise ServiceError("no_database", path=str(home.root))
    if out.exists() and out.is_dir():
        raise ServiceError("output_is_folder", path=str(out))
    try:
        return backup.backup_to(home.database, out)
    except OSError as exc:
        raise ServiceError("output_unwritable", str(exc), path=str(out)) from exc


def backup_if_due(home: DataHome, now: datetime) -> Path | None:
    """The automatic backup: at most one a day (at start and by the running program's daily
    timer), rotated to 7 daily and 4 weekly copies. Returns the new file, if one was made."""
    today = now.astimezone().strftime("%Y%m%d")
    if any(p.name.startswith(f"dlxh-{today}") for p in backup.list_backups(home.backups)):
        return None
    return backup.automatic_backup(home.database, home.backups, now.astimezone())


def newest_good_backup(home: DataHome) -> Path | None:
    """The most recent backup that passes an integrity check (offered when the database is
    damaged)."""
    for candidate in backup.list_backups(home.backups):
        if not backup.integrity_errors(candidate) and _schema_of(candidate) is not None:
            return candidate
    return None


def check(home: DataHome) -> list[str]:
    """Problems found in the database (empty when healthy)."""
    if not home.database.exists():
        raise ServiceError("no_database", path=str(home.root))
    return backup.integrity_errors(home.database)


def _schema_of(path: Path) -> str | None:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    finally:
        con.close()
    return str(row[0]) if row else None


def restore(home: DataHome, source: Path, now: datetime) -> Path | None:
    """Replace the database by the backup ``source``.

    Refuses a damaged backup or one from a newer schema. The current database is set aside
    (renamed, never deleted); returns where it went.
    """
    if not source.is_file():
        raise ServiceError("file_unreadable", path=str(source))
    problems = backup.integrity_errors(source)
    if problems:
        raise ServiceError("backup_damaged", path=str(source), problem=problems[0])
    rev = _schema_of(source)
    if rev is None:
        raise ServiceError("not_a_backup", path=str(source))
    if rev not in migrate.known_revisions():
        raise ServiceError("backup_too_new", path=str(source), revision=rev)
    home.ensure()
    lock = InstanceLock(home.lock_file).acquire()
    try:
        staged = home.root / "dlxh.sqlite.restoring"
        backup.backup_to(source, staged)
        aside = None
        if home.database.exists():
            aside = home.root / f"dlxh.sqlite.before-restore-{now.strftime('%Y%m%d-%H%M%S')}"
            # Fold the WAL into the main file before moving it aside.
            eng = make_engine(home.database)
            with eng.connect() as c:
                c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            eng.dispose()
            home.database.rename(aside)
        for suffix in ("-wal", "-shm"):
            Path(str(home.database) + suffix).unlink(missing_ok=True)
        staged.rename(home.database)
        return aside
    except StorageError:
        raise
    except OSError as exc:
        raise ServiceError("restore_failed", str(exc)) from exc
    finally:
        lock.release()
