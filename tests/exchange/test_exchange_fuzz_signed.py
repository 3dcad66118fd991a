"""Fuzzing behind the signatures: a registered sender (or a stolen key) can sign anything, so
the parsers after the signature checks must also reject every malformed input, with
PackageRejected only and bounded memory. Mutations are hypothesis-driven, thousands per run."""

from __future__ import annotations

import tracemalloc

from exchange_support import FILES, cast, craft, header_for, open_as_parent
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dlxh_desktop.exchange import PackageRejected
from dlxh_desktop.exchange.build import make_manifest
from dlxh_desktop.exchange.container import CONTAINER_MAGIC, encode_container, sign_manifest

FUZZ = settings(
    max_examples=700, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)
MANIFEST = make_manifest(header_for(), list(FILES.items())).to_bytes()
CONTAINER = encode_container(MANIFEST, sign_manifest(MANIFEST, cast().child), list(FILES.items()))


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    """Up to four flips, cuts, insertions or duplications of a byte string."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["flip", "cut", "insert", "duplicate", "zero"]))
        pos = draw(st.integers(0, max(len(data) - 1, 0)))
        if op == "flip" and data:
            data[pos] ^= 1 << draw(st.integers(0, 7))
        elif op == "cut":
            del data[pos : pos + draw(st.integers(1, 32))]
        elif op == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=16))
        elif op == "duplicate":
            data[pos:pos] = data[pos : pos + draw(st.integers(1, 64))]
        elif data:
            data[pos : pos + 4] = b"\x00\x00\x00\x00"
    return bytes(data)


def _only_rejections(package: bytes) -> None:
    try:
        open_as_parent(package)
    except PackageRejected:
        return
    raise AssertionError("a malformed package was accepted")


@FUZZ
@given(mutated(CONTAINER))
def test_mutated_container_signed_by_a_real_sender(container: bytes) -> None:
    if container == CONTAINER:
        return
    _only_rejections(craft(container=container))


@FUZZ
@given(mutated(MANIFEST))
def test_mutated_manifest_with_a_valid_inner_signature(manifest: bytes) -> None:
    if manifest == MANIFEST:
        return
    _only_rejections(craft(manifest=manifest))


def _with_length(field: str, claimed: int) -> bytes:
    """The valid container with one length field replaced by ``claimed``."""
    m = len(CONTAINER_MAGIC)
    if field == "manifest":  # u32 after the magic
        return CONTAINER[:m] + (claimed % 2**32).to_bytes(4, "big") + CONTAINER[m + 4 :]
    # First file: magic, u32 + manifest, 64-byte signature, u16 count, u16 + name, u64 size.
    first_name = next(iter(FILES)).encode()
    pos = m + 4 + len(MANIFEST) + 64 + 2 + 2 + len(first_name)
    assert CONTAINER[pos - len(first_name) : pos] == first_name
    return CONTAINER[:pos] + claimed.to_bytes(8, "big") + CONTAINER[pos + 8 :]


@settings(max_examples=60, deadline=None, database=None)
@given(st.integers(2**20, 2**40), st.sampled_from(["manifest", "file"]))
def test_lying_sizes_keep_memory_bounded(claimed: int, field: str) -> None:
    """A length field that claims megabytes to terabytes must not be believed."""
    package = craft(container=_with_length(field, claimed))
    tracemalloc.start()
    try:
        _only_rejections(package)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024
