"""SQLite engine with the durability settings the product relies on.

WAL journal, ``synchronous=FULL`` (a commit survives a power cut), foreign keys on, and
writes in ``BEGIN IMMEDIATE`` so two writers never deadlock half-way through a transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from dlxh_desktop.errors import DlxhError

BUSY_TIMEOUT_MS = 5_000


class StorageError(DlxhError):
    """Database trouble a person can act on: locked, read-only, full, damaged, too new."""

    code = "storage"


def make_engine(path: Path) -> Engine:
    """An engine on the SQLite file ``path`` with our pragmas and explicit BEGIN."""
    engine = create_engine(
        f"sqlite+pysqlite:///{path}",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _rec: Any) -> None:
        # Let us issue BEGIN ourselves (the driver's implicit BEGIN is DEFERRED).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def classify(exc: OperationalError | sqlite3.Error) -> StorageError:
    """Turn a driver error into a coded StorageError."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return StorageError("db_locked", str(exc))
    if "readonly" in text or "read-only" in text:
        return StorageError("db_readonly", str(exc))
    if "disk is full" in text or "full" in text:
        return StorageError("disk_full", str(exc))
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return StorageError("db_damaged", str(exc))
    if "unable to open" in text:
        return StorageError("db_unopenable", str(exc))
    return StorageError("db_error", str(exc))


class SessionFactory:
    """Short sessions: ``read()`` for queries, ``write()`` for one BEGIN IMMEDIATE transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._writer = engine.execution_options(sqlite_begin="IMMEDIATE")

    @contextmanager
    def read(self) -> Iterator[Session]:
        try:
            with Session(self.engine, expire_on_commit=False) as s, s.begin():
                yield s
        except (OperationalError, sqlite3.Error) as exc:
            raise classify(exc) from exc

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction; committed on normal exit, rolled back on any exception."""
        try:
            with Session(self._writer, expire_on_commit=False) as s, s.begin():
                yield s
        except (OperationalError, sqlite3.Error) as exc:
            raise classify(exc) from exc
