"""Ed25519 public-key hygiene that OpenSSL does not do for us.

OpenSSL verifies with the cofactorless equation and accepts small-order public keys: for the
identity point (``01 00 … 00``) the signature ``R = identity, S = 0`` verifies for *every*
message. A key registry must therefore refuse such keys when they are registered. We also refuse
non-canonical encodings (y ≥ p) so one key has exactly one byte form and one key id.

The check decodes the point and tests ``[8]P == identity`` with plain integer arithmetic; it
runs once per key registration or lookup, not per byte, so speed does not matter.
"""

from __future__ import annotations

import functools

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

_P = 2**255 - 19
_D = (-121665 * pow(121666, _P - 2, _P)) % _P
_SQRT_M1 = pow(2, (_P - 1) // 4, _P)
_L = 2**252 + 27742317777372353535851937790883648493

_Point = tuple[int, int, int, int]  # extended coordinates (X, Y, Z, T)


def _decode(encoded: bytes) -> _Point | None:
    if len(encoded) != 32:
        return None
    y = int.from_bytes(encoded, "little")
    sign = y >> 255
    y &= (1 << 255) - 1
    if y >= _P:
        return None  # non-canonical encoding
    u = (y * y - 1) % _P
    v = (_D * y * y + 1) % _P
    x = (u * pow(v, 3, _P) * pow(u * pow(v, 7, _P), (_P - 5) // 8, _P)) % _P
    if (v * x * x - u) % _P != 0:
        x = (x * _SQRT_M1) % _P
        if (v * x * x - u) % _P != 0:
            return None  # not on the curve
    if x == 0 and sign:
        return None  # "negative zero": a second encoding of the same point
    if x & 1 != sign:
        x = _P - x
    return (x, y, 1, (x * y) % _P)


def _double(p: _Point) -> _Point:
    # Complete addition of a point with itself (RFC 8032, section 5.1.4 formulas).
    x1, y1, z1, t1 = p
    a = (y1 - x1) * (y1 - x1) % _P
    b = (y1 + x1) * (y1 + x1) % _P
    c = 2 * t1 * t1 * _D % _P
    d = 2 * z1 * z1 % _P
    e, f, g, h = b - a, d - c, d + c, b + a
    return (e * f % _P, g * h % _P, f * g % _P, e * h % _P)


def _is_identity(p: _Point) -> bool:
    x, y, z, _ = p
    return x % _P == 0 and (y - z) % _P == 0


# Registered keys are checked at every import; the answer never changes for given bytes.
@functools.lru_cache(maxsize=4096)
def is_acceptable_public_key(raw: bytes) -> bool:
    """True for a canonical encoding of a curve point that is not of small order."""
    point = _decode(raw)
    if point is None:
        return False
    for _ in range(3):
        point = _double(point)
    return not _is_identity(point)


def verify(public_raw: bytes, signature: bytes, message: bytes) -> bool:
    """Verify an Ed25519 signature; False (never an exception) for any bad input.

    Refuses small-order or non-canonical keys and signatures whose S is not below the group
    order (OpenSSL already refuses the latter; checking here keeps the rule visible).
    """
    if len(signature) != 64 or not is_acceptable_public_key(public_raw):
        return False
    if int.from_bytes(signature[32:], "little") >= _L:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True
