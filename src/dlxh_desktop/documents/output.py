"""Render a document to a file atomically, in the format asked for."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Literal

from dlxh_desktop.errors import DlxhError

from .docx_writer import render_docx
from .model import Document
from .pdf_writer import render_pdf

Format = Literal["docx", "pdf"]
FORMATS: tuple[Format, ...] = ("docx", "pdf")


def render(doc: Document, fmt: Format) -> bytes:
    """The file contents of ``doc`` in ``fmt`` ("docx" or "pdf")."""
    if fmt == "docx":
        return render_docx(doc)
    if fmt == "pdf":
        return render_pdf(doc)
    raise DlxhError("format_unsupported", format=str(fmt))


def write_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder and os.replace.

    On failure no file is left behind (neither the temporary nor a partial target) and a
    ``DlxhError("output_unwritable", path=..., reason=...)`` is raised.
    """
    target = Path(path)
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or Path(".")
        )
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as exc:
        raise DlxhError(
            "output_unwritable", path=str(target), reason=exc.strerror or str(exc)
        ) from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    return target


def write_document(doc: Document, path: str | os.PathLike[str], fmt: Format) -> Path:
    """Render ``doc`` in ``fmt`` and write it atomically to ``path``; return the path.

    Raises ``DlxhError("output_unwritable")`` when the folder is missing or read-only, and
    ``DlxhError("format_unsupported")`` for an unknown format.
    """
    return write_atomic(path, render(doc, fmt))
