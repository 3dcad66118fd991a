"""Writing a file so that it is either complete under its final name or not there at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from dlxh_desktop.errors import DlxhError


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` through a temporary file in the same folder, fsync, then rename.

    Raises ``DlxhError('output_unwritable' | 'output_is_folder')``; no partial file remains.
    """
    if path.is_dir():
        raise DlxhError("output_is_folder", path=str(path))
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
    except OSError:
        raise DlxhError("output_unwritable", path=str(path)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        _fsync_dir(folder)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        raise DlxhError("output_unwritable", path=str(path)) from None


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX; a no-op where directories cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
