"""Online backups with the SQLite backup API, integrity checks and rotation."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from .engine import StorageError

DAILY_KEPT = 7
WEEKLY_KEPT = 4


def integrity_errors(path: Path, *, quick: bool = False) -> list[str]:
    """``PRAGMA integrity_check`` (or the faster ``quick_check`` used at every start) of a
    database file: an empty list means healthy."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            rows = con.execute(f"PRAGMA {'quick_check' if quick else 'integrity_check'}").fetchall()
            fk = con.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    msgs = [r[0] for r in rows if r[0] != "ok"]
    msgs += [f"foreign key: {r}" for r in fk]
    return msgs


def backup_to(source: Path, target: Path) -> Path:
    """Copy ``source`` into ``target`` consistently while others may be writing, then check
    the copy. Writes to a temporary name first so a failed copy never sits under ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=5)
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
            src.close()
        problems = integrity_errors(tmp)
        if problems:
            raise StorageError("backup_damaged", problems[0], path=str(target))
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError("backup_failed", str(exc), path=str(target)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def automatic_backup(source: Path, folder: Path, now: datetime, tag: str = "auto") -> Path:
    """A timestamped backup in ``folder`` followed by rotation."""
    name = f"dlxh-{now.strftime('%Y%m%d-%H%M%S')}-{tag}.sqlite"
    path = backup_to(source, folder / name)
    rotate(folder, now)
    return path


def rotate(folder: Path, now: datetime) -> list[Path]:
    """Keep the newest backup of each of the last 7 days and of the last 4 weeks; the
    pre-migration ones are kept always. Returns what was deleted."""
    files = sorted(folder.glob("dlxh-*-auto.sqlite"), reverse=True)
    now = now.replace(tzinfo=None)  # names carry naive timestamps
    keep: set[Path] = set()
    days: set[str] = set()
    weeks: set[str] = set()
    for f in files:
        try:
            stamp = datetime.strptime(f.name[5:20], "%Y%m%d-%H%M%S")
        except ValueError:
            continue
        day = stamp.strftime("%Y%m%d")
        week = stamp.strftime("%G-W%V")
        if day not in days and len(days) < DAILY_KEPT:
            days.add(day)
            keep.add(f)
        if week not in weeks and len(weeks) < WEEKLY_KEPT and stamp > now - timedelta(weeks=5):
            weeks.add(week)
            keep.add(f)
    deleted = [f for f in files if f not in keep]
    for f in deleted:
        f.unlink(missing_ok=True)
    return deleted


def list_backups(folder: Path) -> list[Path]:
    """Backups newest first."""
    return sorted(folder.glob("dlxh-*.sqlite"), key=lambda p: p.name, reverse=True)
