"""Durable writes: temporary file in the same folder, fsync, rename, fsync folder, read back.

USB sticks and network drives lie about writes; reading the file back and checking it is the
only evidence that the bytes under the final name are the bytes we meant. The write itself is
:func:`dlxh_desktop.atomic_file.write_durably`, the program's one durable-write mechanism.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from dlxh_desktop.atomic_file import write_durably
from dlxh_desktop.exchange.errors import ExchangeError


def write_atomically(
    path: Path, data: bytes, verify: Callable[[bytes], None] | None = None
) -> None:
    """Write ``data`` to ``path`` so that the final name holds all of it or nothing new.

    After the rename the file is read back; it must equal ``data`` and, when given,
    ``verify(read_back)`` must not raise. On any failure the temporary file is removed and
    ExchangeError ``write_failed`` or ``write_verify_failed`` is raised (the verify function's
    own exception is chained) and the file that failed verification is removed.
    """
    path = Path(path)
    try:
        write_durably(path, data)
    except OSError as exc:
        raise ExchangeError("write_failed", str(exc), path=str(path)) from exc
    try:
        written = path.read_bytes()
        if written != data:
            raise ExchangeError("write_verify_failed", "read-back differs", path=str(path))
        if verify is not None:
            verify(written)
    except Exception as exc:
        # A file that does not verify must not sit under the final name looking finished.
        with contextlib.suppress(OSError):
            path.unlink()
        if isinstance(exc, ExchangeError) and exc.code == "write_verify_failed":
            raise
        raise ExchangeError("write_verify_failed", str(exc), path=str(path)) from exc
