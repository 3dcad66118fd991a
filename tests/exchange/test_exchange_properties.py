"""Hypothesis: any single-byte change or truncation of a valid package is rejected, and only
ever with PackageRejected (never another exception type)."""

from __future__ import annotations

from exchange_support import craft, open_as_parent
from hypothesis import given, settings
from hypothesis import strategies as st

from dlxh_desktop.exchange import PackageRejected

PACKAGE = craft(files=[("report.json", b'{"a":1}'), ("report.pdf", b"%PDF" * 50)])


def assert_rejected(data: bytes) -> None:
    try:
        open_as_parent(data)
    except PackageRejected:
        return
    raise AssertionError("a modified package was accepted")


@settings(max_examples=400, deadline=None)
@given(st.integers(0, len(PACKAGE) - 1), st.integers(1, 255))
def test_any_single_byte_change_is_rejected(position: int, delta: int) -> None:
    changed = bytearray(PACKAGE)
    changed[position] = (changed[position] + delta) % 256
    assert_rejected(bytes(changed))


@settings(max_examples=200, deadline=None)
@given(st.integers(0, len(PACKAGE) - 1))
def test_any_truncation_is_rejected(length: int) -> None:
    assert_rejected(PACKAGE[:length])


@settings(max_examples=200, deadline=None)
@given(st.integers(0, len(PACKAGE)), st.binary(min_size=1, max_size=64))
def test_any_insertion_is_rejected(position: int, extra: bytes) -> None:
    assert_rejected(PACKAGE[:position] + extra + PACKAGE[position:])


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2048))
def test_arbitrary_bytes_are_rejected(data: bytes) -> None:
    assert_rejected(data)
