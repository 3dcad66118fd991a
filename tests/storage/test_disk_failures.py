"""Disk full, read-only folder: operations roll back with a clear code, data stays as it was.

A real small or read-only file system is a tmpfs mounted by the test; that needs root (as in
CI). The disk-full path is also exercised everywhere through SQLite's page limit.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import event

from dlxh_desktop.domain import OpinionStream, Period, ReportContent, ReportKind
from dlxh_desktop.paths import DataHome
from dlxh_desktop.services.app import Services
from dlxh_desktop.services.clock import FixedClock
from dlxh_desktop.services.setup import setup_province
from dlxh_desktop.storage.backup import integrity_errors
from dlxh_desktop.storage.engine import StorageError

CLOCK = FixedClock(datetime(2026, 10, 25, tzinfo=UTC))
BIG = ReportContent(
    assessment="Nội dung dài",
    streams=tuple(OpinionStream("viec-lam", "Ý kiến " + "rất dài " * 2000) for _ in range(40)),
)


def _can_mount() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("mount") is not None


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    if not _can_mount():
        pytest.skip("needs root to mount a small tmpfs (CI runs as root)")
    point = tmp_path / "mnt"
    point.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(point)], check=False)
    if r.returncode != 0:
        pytest.skip("mounting a tmpfs is not permitted in this sandbox")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


def _setup(home: DataHome) -> int:
    with Services.open(home, CLOCK) as svc:
        setup_province(svc, "NB", "Liên đoàn Lao động tỉnh Ninh Bình")
        r = svc.reports.create(
            ReportKind.MONTHLY, Period.parse("2026-10"), ReportContent(assessment="Ổn định")
        )
    assert r.id is not None
    return r.id


def test_disk_full_rolls_back_and_keeps_the_draft(tmpfs: Path) -> None:
    home = DataHome(tmpfs / "home")
    rid = _setup(home)
    with Services.open(home, CLOCK) as svc:
        with pytest.raises(StorageError) as exc:
            for _ in range(100):  # keeps growing until the 2 MB file system is full
                svc.reports.create(ReportKind.MONTHLY, Period.parse("2026-11"), BIG)
        assert exc.value.code == "disk_full"
        assert svc.reports.get(rid).content.assessment == "Ổn định"
    assert integrity_errors(home.database) == []


def test_read_only_folder_is_refused_clearly(tmpfs: Path) -> None:
    home = DataHome(tmpfs / "home")
    _setup(home)
    before = home.database.read_bytes()
    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)
    with pytest.raises(StorageError) as exc:
        Services.open(home, CLOCK)
    assert exc.value.code in {"home_unwritable", "db_readonly"}
    assert home.database.read_bytes() == before


def test_database_page_limit_behaves_like_a_full_disk(tmp_path: Path) -> None:
    home = DataHome(tmp_path / "home")
    rid = _setup(home)
    with Services.open(home, CLOCK) as svc:
        with svc.db.sessions.read() as s:
            pages = s.connection().exec_driver_sql("PRAGMA page_count").scalar()
        # The limit is per connection: set it on the writer the next save will use.
        svc.db.sessions.engine.pool.dispose()

        @event.listens_for(svc.db.sessions.engine, "connect")
        def _limit(dbapi_conn, _rec):  # type: ignore[no-untyped-def]
            dbapi_conn.execute(f"PRAGMA max_page_count={int(pages or 0) + 2}")

        with pytest.raises(StorageError) as exc:
            svc.reports.save_content(rid, BIG)
        assert exc.value.code == "disk_full"
        event.remove(svc.db.sessions.engine, "connect", _limit)
        svc.db.sessions.engine.pool.dispose()
        assert svc.reports.get(rid).content.assessment == "Ổn định"
    assert integrity_errors(home.database) == []
