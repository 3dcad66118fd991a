"""Writing a file so that it is either complete under its final name or not there at all.

One mechanism for every durable write of the program (documents, sent packages, key files,
the import archive): temporary file in the same folder, write, fsync, rename over the final
name, fsync the folder so the rename itself survives a power cut. Callers that write to media
that may lie (USB sticks) read the file back on top of this (``exchange.write_atomically``).
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from pathlib import Path

from dlxh_desktop.errors import DlxhError


def write_durably(path: Path, data: bytes) -> None:
    """Temp file next to ``path``, write, fsync, ``os.replace``, fsync the folder.

    Raises ``OSError`` (the caller picks the error code); no temporary file is left behind.
    When this returns, ``path`` holds exactly ``data`` and both the bytes and the name are on
    disk (two fsyncs: the file's, then the folder's, which is what makes the rename durable).
    """
    folder = path.parent if str(path.parent) else Path(".")
    tmp = folder / f".{path.name}.{secrets.token_hex(6)}.part"
    try:
        with open(tmp, "xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(folder)


def fsync_dir(folder: Path) -> None:
    """Make new or renamed entries of ``folder`` durable (POSIX). Windows cannot open a folder
    for fsync; NTFS journals the rename itself, so there it is a no-op, as it is on file
    systems that refuse fsync on a folder (EINVAL: nothing more can be done there)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
            raise
    finally:
        os.close(fd)


def make_dirs_durably(folders: list[Path]) -> None:
    """Create the missing ``folders`` (and their missing parents), then fsync each folder that
    gained an entry, once: a file later made durable inside one of them is then reachable."""
    changed: set[Path] = set()
    for folder in folders:
        missing: list[Path] = []
        p = folder
        while not p.is_dir():
            missing.append(p)
            p = p.parent
        for d in reversed(missing):
            with contextlib.suppress(FileExistsError):
                d.mkdir()
            changed.add(d.parent)
    for parent in sorted(changed, key=lambda f: len(f.parts), reverse=True):
        fsync_dir(parent)


def write_atomic(path: Path, data: bytes) -> None:
    """:func:`write_durably` for user-chosen output paths.

    Raises ``DlxhError('output_unwritable' | 'output_is_folder')``; no partial file remains.
    """
    if path.is_dir():
        raise DlxhError("output_is_folder", path=str(path))
    try:
        write_durably(path, data)
    except OSError:
        raise DlxhError("output_unwritable", path=str(path)) from None
