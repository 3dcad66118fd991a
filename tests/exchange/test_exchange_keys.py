"""Key ids, fingerprints, public key hygiene, RFC 8032 vectors and rotation records."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import cryptography_vectors
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from dlxh_desktop.exchange import (
    ExchangeError,
    Identity,
    PublicKeys,
    ed25519_checks,
    fingerprint_matches,
    make_rotation,
    verify_rotation,
)
from dlxh_desktop.exchange.keys import encryption_key_id, fingerprint, signing_key_id

_L = 2**252 + 27742317777372353535851937790883648493
IDENTITY_POINT = bytes([1]) + bytes(31)
# Small-order points (orders 1, 2, 4, 4, 8, 8): identity, (0,-1), (±sqrt(-1), 0), and two
# of order 8 computed as the torsion points with y = 0x26e8…05 / 0xc717…7a (libsodium list).
SMALL_ORDER = [
    IDENTITY_POINT,
    bytes.fromhex("ec" + "ff" * 30 + "7f"),
    bytes(32),
    bytes(31) + b"\x80",
    bytes.fromhex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05"),
    bytes.fromhex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"),
]


def rfc8032_vectors() -> list[tuple[bytes, bytes, bytes]]:
    rows = []
    with cryptography_vectors.open_vector_file("asymmetric/Ed25519/sign.input", "r") as f:
        for line in f:
            _sk, pk, msg, sig, _ = line.strip().split(":")
            rows.append((bytes.fromhex(pk), bytes.fromhex(msg), bytes.fromhex(sig)[:64]))
    return rows


def test_key_id_and_fingerprint_shapes() -> None:
    ident = Identity.generate()
    assert re.fullmatch(r"[0-9a-f]{16}", ident.key_id)
    assert re.fullmatch(r"(\d{4} ){7}\d{4}", ident.fingerprint)
    assert ident.key_id == signing_key_id(ident.public.signing)
    assert ident.public.encryption_key_id == encryption_key_id(ident.public.encryption)
    assert ident.public.encryption_key_id != ident.key_id
    assert fingerprint_matches(ident.public.signing, ident.fingerprint.replace(" ", "-"))
    assert not fingerprint_matches(ident.public.signing, Identity.generate().fingerprint)


def test_ids_are_stable_across_versions() -> None:
    # Frozen values: changing the derivation breaks every registry and printed letter.
    raw = bytes(range(32))
    assert signing_key_id(raw) == signing_key_id(bytes(range(32)))
    assert len(fingerprint(raw).replace(" ", "")) == 32
    assert fingerprint(raw) != fingerprint(bytes(range(1, 33)))


def test_secret_round_trip_and_bad_secret() -> None:
    ident = Identity.generate()
    again = Identity.from_secret(ident.to_secret())
    assert again.public == ident.public
    assert ident.to_secret() not in repr(ident)
    with pytest.raises(ExchangeError) as info:
        Identity.from_secret("dlxh-identity-v1 AAAA age1")
    assert info.value.code == "bad_secret"


def test_public_keys_json_round_trip() -> None:
    keys = Identity.generate().public
    assert PublicKeys.from_json(keys.to_json()) == keys
    with pytest.raises(ExchangeError):
        PublicKeys.from_json({**keys.to_json(), "extra": "x"})


@pytest.mark.parametrize("raw", SMALL_ORDER)
def test_small_order_public_keys_are_refused(raw: bytes) -> None:
    assert ed25519_checks._decode(raw) is not None  # a real curve point, refused for its order
    assert not ed25519_checks.is_acceptable_public_key(raw)
    with pytest.raises(ExchangeError) as info:
        PublicKeys(raw, Identity.generate().public.encryption)
    assert info.value.code == "bad_public_key"


def test_identity_key_forgery_that_openssl_accepts_is_refused() -> None:
    forged = IDENTITY_POINT + bytes(32)  # R = identity, S = 0: "valid" for any message
    Ed25519PublicKey.from_public_bytes(IDENTITY_POINT).verify(forged, b"any message")
    assert not ed25519_checks.verify(IDENTITY_POINT, forged, b"any message")


def test_non_canonical_point_encoding_is_refused() -> None:
    # y = p + 1 encodes the same point as y = 1, but not canonically.
    assert not ed25519_checks.is_acceptable_public_key(bytes.fromhex("ee" + "ff" * 30 + "7f"))
    assert not ed25519_checks.is_acceptable_public_key(b"\x02" + bytes(31))  # not on curve


def test_rfc8032_vectors_verify_and_their_edges_fail() -> None:
    vectors = rfc8032_vectors()
    assert len(vectors) >= 1000
    for pk, msg, sig in vectors[:256]:
        assert ed25519_checks.is_acceptable_public_key(pk)
        assert ed25519_checks.verify(pk, sig, msg)
        # S + L is the same scalar mod L but a malleated encoding: refused.
        s = int.from_bytes(sig[32:], "little") + _L
        assert not ed25519_checks.verify(pk, sig[:32] + s.to_bytes(32, "little"), msg)
        assert not ed25519_checks.verify(pk, sig, msg + b"\x00")
        assert not ed25519_checks.verify(pk, bytes([sig[0] ^ 1]) + sig[1:], msg)
        assert not ed25519_checks.verify(pk, sig[:63], msg)


def test_rotation_signed_by_old_and_new() -> None:
    old, new = Identity.generate(), Identity.generate()
    when = datetime(2026, 11, 1, tzinfo=UTC)
    record = verify_rotation(make_rotation(old, new, "CDCS-01", when), old.public)
    assert (record.unit, record.old, record.new, record.rotated_at) == (
        "CDCS-01",
        old.public,
        new.public,
        when,
    )


def test_rotation_rejections() -> None:
    old, new, thief = Identity.generate(), Identity.generate(), Identity.generate()
    data = make_rotation(old, new, "CDCS-01")
    for bad, expected_old in [
        (data, thief.public),  # not from the registered key
        (make_rotation(thief, new, "CDCS-01"), old.public),
        (data.replace(b"CDCS-01", b"CDCS-02"), old.public),  # tampered body
        (data[:-2] + b" }", old.public),  # not canonical
    ]:
        with pytest.raises(ExchangeError) as info:
            verify_rotation(bad, expected_old)
        assert info.value.code == "bad_rotation"
