"""Sender side: temporary file, fsync, rename, read back and verify."""

from __future__ import annotations

from pathlib import Path

import pytest
from exchange_support import cast, report_package

from dlxh_desktop.exchange import ExchangeError, read_envelope, write_atomically


def test_write_then_verify_with_the_envelope_check(tmp_path: Path) -> None:
    data = report_package()
    target = tmp_path / "report.dlxh"
    c = cast()

    def verify(written: bytes) -> None:
        read_envelope(written, lookup_sender_key=c.lookup)

    write_atomically(target, data, verify=verify)
    assert target.read_bytes() == data
    assert [p.name for p in tmp_path.iterdir()] == ["report.dlxh"]  # no temporary left


def test_failed_verification_leaves_no_file_under_the_final_name(tmp_path: Path) -> None:
    target = tmp_path / "report.dlxh"

    def refuse(_: bytes) -> None:
        raise ValueError("the stick lied")

    with pytest.raises(ExchangeError) as info:
        write_atomically(target, b"data", verify=refuse)
    assert info.value.code == "write_verify_failed"
    assert list(tmp_path.iterdir()) == []


def test_unwritable_folder(tmp_path: Path) -> None:
    with pytest.raises(ExchangeError) as info:
        write_atomically(tmp_path / "missing" / "x.dlxh", b"data")
    assert info.value.code == "write_failed"
    assert list(tmp_path.iterdir()) == []


def test_replaces_an_existing_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "x.dlxh"
    target.write_bytes(b"old content that is longer")
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
