"""Render a document to a file atomically, in the format asked for."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from dlxh_desktop.atomic_file import write_durably
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
    """Write ``data`` to ``path`` durably (:func:`dlxh_desktop.atomic_file.write_durably`:
    temporary file in the same folder, fsync, rename, fsync the folder).

    On failure no file is left behind (neither the temporary nor a partial target) and a
    ``DlxhError("output_unwritable", path=..., reason=...)`` is raised.
    """
    target = Path(path)
    try:
        write_durably(target, data)
    except OSError as exc:
        raise DlxhError(
            "output_unwritable", path=str(target), reason=exc.strerror or str(exc)
        ) from exc
    return target


def write_document(doc: Document, path: str | os.PathLike[str], fmt: Format) -> Path:
    """Render ``doc`` in ``fmt`` and write it atomically to ``path``; return the path.

    Raises ``DlxhError("output_unwritable")`` when the folder is missing or read-only, and
    ``DlxhError("format_unsupported")`` for an unknown format.
    """
    return write_atomic(path, render(doc, fmt))
