"""Failures around an import or export: a batch with bad files (31), SIGKILL (29), a locked or
read-only database (30), an interrupted export (32), no keyring and no passphrase (33)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from exchange_world import (
    CHILD,
    NOW,
    PASSPHRASE,
    World,
    count,
    finalized_report,
    imported_reports,
    integrity_ok,
    make_world,
)
from sqlalchemy import event

from dlxh_desktop.atomic_file import os as atomic_os
from dlxh_desktop.domain import ReportStatus
from dlxh_desktop.services.errors import ServiceError
from dlxh_desktop.services.exchange_context import ExchangeContext
from dlxh_desktop.services.package_export import export_report
from dlxh_desktop.services.package_import import ImportResult, import_paths
from dlxh_desktop.storage import exchange_repo
from dlxh_desktop.storage.engine import StorageError


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    w = make_world(tmp_path)
    yield w
    w.close()


def results(w: World, *paths: Path) -> list[ImportResult]:
    return [r for r in import_paths(w.p, list(paths)) if isinstance(r, ImportResult)]


def write_batch(w: World, folder: Path, n: int) -> list[Path]:
    folder.mkdir()
    out = []
    for i in range(n):
        p = folder / f"{i:04d}.dlxh"
        p.write_bytes(w.report_package(sequence=i + 100))  # 1: the enrollment
        out.append(p)
    return out


# 31. a batch of 500 with 3 bad files
def test_31_batch_of_500_with_3_bad_files(world: World) -> None:
    files = write_batch(world, world.tmp / "batch", 497)
    bad = world.tmp / "batch"
    good = files[0].read_bytes()
    (bad / "x-truncated.dlxh").write_bytes(good[: len(good) // 2])
    flipped = bytearray(good)
    flipped[len(flipped) // 3] ^= 0x10
    (bad / "x-flipped.dlxh").write_bytes(bytes(flipped))
    (bad / "x-future.dlxh").write_bytes(
        world.report_package(sequence=9000, created_at=NOW.replace(year=2027))
    )
    out = results(world, bad)
    assert len(out) == 500
    verdicts = {Path(r.path).name: (r.verdict, r.reason) for r in out}
    assert verdicts["x-truncated.dlxh"] == ("rejected", "truncated")
    assert verdicts["x-flipped.dlxh"][0] == "rejected"
    assert verdicts["x-future.dlxh"] == ("quarantined", "created_in_future")
    assert sum(v == "imported" for v, _ in verdicts.values()) == 497
    assert imported_reports(world.province.home.root) == 497
    assert integrity_ok(world.province.home.root)


# 30. locked or read-only database: rolled back, source file untouched
def test_30_locked_database(world: World) -> None:
    import sqlite3

    pkg = world.tmp / "r.dlxh"
    pkg.write_bytes(world.report_package())
    before = pkg.read_bytes()
    world.c.identity()  # (unrelated) keep the batch from waiting on anything but the lock
    blocker = sqlite3.connect(world.province.home.database, isolation_level=None, timeout=0.1)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StorageError) as info:
            results(world, pkg)
        assert info.value.code == "db_locked"
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert pkg.read_bytes() == before
    assert imported_reports(world.province.home.root) == 0
    assert integrity_ok(world.province.home.root)
    assert results(world, pkg)[0].verdict == "imported"  # and it works once the lock is gone


def test_30_read_only_database(world: World) -> None:
    pkg = world.tmp / "r.dlxh"
    pkg.write_bytes(world.report_package())
    before = pkg.read_bytes()
    engine = world.province.db.sessions.engine

    def read_only(dbapi_conn, _rec):  # type: ignore[no-untyped-def]
        dbapi_conn.execute("PRAGMA query_only = ON")

    event.listen(engine, "connect", read_only)
    engine.dispose()
    try:
        with pytest.raises(StorageError) as info:
            results(world, pkg)
        assert info.value.code == "db_readonly"
    finally:
        event.remove(engine, "connect", read_only)
        engine.dispose()
    assert pkg.read_bytes() == before
    assert imported_reports(world.province.home.root) == 0
    assert integrity_ok(world.province.home.root)


# 32. USB stick removed during export
def test_32_export_interrupted(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    rid = finalized_report(world.child)
    out = world.tmp / "usb" / "report.dlxh"
    out.parent.mkdir()
    with world.child.db.sessions.read() as s:
        seq_before = exchange_repo.last_sequence(s, CHILD)

    def pulled_out(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(atomic_os, "fsync", pulled_out)
    with pytest.raises(ServiceError) as info:
        export_report(world.c, rid, out)
    assert info.value.code == "output_unwritable"
    monkeypatch.undo()
    assert list(out.parent.iterdir()) == []  # no truncated file, no temporary left behind
    assert world.child.reports.get(rid).status is ReportStatus.FINALIZED
    with world.child.db.sessions.read() as s:
        assert exchange_repo.last_sequence(s, CHILD) == seq_before + 1
    sent = export_report(world.c, rid, out)
    assert sent.sequence == seq_before + 2  # the burnt number is never reused
    assert world.child.reports.get(rid).status is ReportStatus.SENT


# 33. no keyring backend: refuse to sign, point to the backup, no plaintext key
def test_33_no_keyring_no_passphrase(world: World, tmp_path: Path) -> None:
    from exchange_world import open_unit

    from dlxh_desktop.services import keys
    from dlxh_desktop.services.setup import setup_province

    svc = open_unit(tmp_path / "keyfile-province", keyfile=True)
    try:
        setup_province(svc, "HN", "LĐLĐ Hà Nội")  # key file, passphrase given
        key_dir = svc.home.keys
        assert [p.suffix for p in key_dir.iterdir()] == [".age"]
        bare = ExchangeContext(svc, secret_store=None)  # no keyring, nobody to ask
        out = tmp_path / "dir.dlxh"
        from dlxh_desktop.services.directory import export_directory

        with pytest.raises(ServiceError) as info:
            export_directory(bare, out)
        assert info.value.code == "passphrase_unavailable"
        from dlxh_desktop.messages import describe

        assert "keys restore" in describe(info.value)
        assert not out.exists()
        with svc.db.sessions.read() as s:
            assert exchange_repo.last_sequence(s, "HN") == 0
        secret = bare.vault().load(PASSPHRASE).to_secret()
        for f in svc.home.root.rglob("*"):
            if f.is_file():
                data = f.read_bytes()
                assert secret.split()[1].encode() not in data
                assert b"AGE-SECRET-KEY" not in data and b"dlxh-identity-v1" not in data
        assert keys.show(bare)["storage"] == "key file"
    finally:
        svc.close()


# 29. SIGKILL at a random point of an import: all or nothing, re-import safe
def test_29_sigkill_during_import(tmp_path: Path) -> None:
    w = make_world(tmp_path, province_keyfile=True)
    try:
        write_batch(w, tmp_path / "batch", 60)
    finally:
        w.close()
    home = tmp_path / "province"
    env = {
        **os.environ,
        "DLXH_KEY_PASSPHRASE": PASSPHRASE,
        "DLXH_NOW": NOW.isoformat(),
        "PYTHONIOENCODING": "utf-8",
    }
    cmd = [sys.executable, "-m", "dlxh_desktop.cli.main", "--home", str(home)]
    proc = subprocess.Popen(
        [*cmd, "package", "import", str(tmp_path / "batch")],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while not any((home / "archive").rglob("*.dlxh")) and time.monotonic() < deadline:
        time.sleep(0.005)
    time.sleep(random.uniform(0, 0.15))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert integrity_ok(home)
    ledger = count(home, "SELECT count(*) FROM package_ledger WHERE kind = 'report'")
    reports = count(home, "SELECT count(*) FROM reports WHERE origin = 'imported'")
    orphans = count(
        home,
        "SELECT count(*) FROM package_ledger l LEFT JOIN reports r ON r.id = l.report_id "
        "WHERE l.kind = 'report' AND r.id IS NULL",
    )
    assert ledger == reports and orphans == 0  # every package all or nothing
    assert ledger < 60, "the kill came too late to test anything"
    again = subprocess.run(
        [*cmd, "package", "import", "--json", str(tmp_path / "batch")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert again.returncode == 0, again.stderr
    assert count(home, "SELECT count(*) FROM reports WHERE origin = 'imported'") == 60
    assert integrity_ok(home)
