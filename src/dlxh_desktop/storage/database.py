"""Opening a data folder's database: lock, health check, backup, migrate."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy.exc import OperationalError

from dlxh_desktop.paths import DataHome

from . import backup, migrate
from .engine import SessionFactory, StorageError, classify, make_engine
from .instance_lock import InstanceLock


class Database:
    """An open database of one data folder. Close it to release the instance lock."""

    def __init__(
        self, home: DataHome, sessions: SessionFactory, lock: InstanceLock, *, existed: bool
    ) -> None:
        self.home = home
        self.sessions = sessions
        self.existed = existed  # False when this open created the database
        self._lock = lock

    @staticmethod
    def open(home: DataHome, now: datetime, *, check: bool = True) -> Database:
        """Open (creating if needed) the database of ``home``.

        Refuses a folder another instance holds, a damaged database (``db_damaged``) and one
        written by a newer version (``db_too_new``). Backs up before any migration.
        """
        try:
            home.ensure()
        except OSError as exc:
            raise StorageError("home_unwritable", str(exc), path=str(home.root)) from exc
        lock = InstanceLock(home.lock_file).acquire()
        try:
            existed = home.database.exists() and home.database.stat().st_size > 0
            if existed and check:
                problems = backup.integrity_errors(home.database, quick=True)
                if problems:
                    raise StorageError("db_damaged", problems[0], path=str(home.database))
            if existed and not os.access(home.database, os.W_OK):
                raise StorageError("db_readonly", path=str(home.database))
            engine = make_engine(home.database)
            try:
                if migrate.needs_upgrade(engine):
                    if existed:
                        rev = migrate.current_revision(engine) or "none"
                        backup.automatic_backup(
                            home.database, home.backups, now, tag=f"pre-migration-{rev}"
                        )
                    migrate.upgrade(engine)
            except (OperationalError, sqlite3.Error) as exc:
                engine.dispose()
                raise classify(exc) from exc
            return Database(home, SessionFactory(engine), lock, existed=existed)
        except BaseException:
            lock.release()
            raise

    @property
    def path(self) -> Path:
        return self.home.database

    def close(self) -> None:
        self.sessions.engine.dispose()
        self._lock.release()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
