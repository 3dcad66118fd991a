"""Atomic writes and unwritable paths."""

from __future__ import annotations

from pathlib import Path

import pytest

from dlxh_desktop.documents import write_atomic, write_document
from dlxh_desktop.errors import DlxhError

from .conftest import KINDS


def test_missing_folder_is_output_unwritable(tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "report.pdf"
    with pytest.raises(DlxhError) as err:
        write_document(KINDS["quick"](), target, "pdf")
    assert err.value.code == "output_unwritable"
    assert err.value.details["path"] == str(target)
    assert not target.exists()


def test_target_is_a_folder_leaves_nothing_behind(tmp_path: Path) -> None:
    target = tmp_path / "report.docx"
    target.mkdir()
    with pytest.raises(DlxhError) as err:
        write_atomic(target, b"data")
    assert err.value.code == "output_unwritable"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.docx"]
    assert target.is_dir()


def test_replaces_existing_file_atomically(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    write_document(KINDS["quick"](), target, "pdf")
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_unknown_format() -> None:
    with pytest.raises(DlxhError) as err:
        write_document(KINDS["quick"](), "x.odt", "odt")  # type: ignore[arg-type]
    assert err.value.code == "format_unsupported"
