"""Key rotation records: a unit's new public keys, certified by its old key and by the new one.

The record is canonical JSON ``{"format": "dlxh-key-rotation", "version": 1, "unit": …,
"old": PublicKeys, "new": PublicKeys, "rotated_at": "YYYY-MM-DDTHH:MM:SSZ",
"sig_old": b64, "sig_new": b64}``. Both signatures cover the same message:
``"dlxh-key-rotation-v1\\0" || canonical JSON of the record without the two signatures``. The
old key proves the owner agreed; the new key proves possession (no one can claim someone else's
key as their new one). It travels inside the unit's next enrollment package; the parent checks
it against the old key it has registered.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from dlxh_desktop.exchange import canonical_json, ed25519_checks
from dlxh_desktop.exchange.errors import ExchangeError
from dlxh_desktop.exchange.keys import Identity, PublicKeys, decode_b64
from dlxh_desktop.exchange.timestamps import format_timestamp, parse_timestamp

_DOMAIN = b"dlxh-key-rotation-v1\x00"
_FORMAT = "dlxh-key-rotation"


@dataclass(frozen=True)
class RotationRecord:
    """A verified rotation from ``old`` to ``new`` keys of ``unit``."""

    unit: str
    old: PublicKeys
    new: PublicKeys
    rotated_at: datetime


def _body(unit: str, old: PublicKeys, new: PublicKeys, rotated_at: str) -> dict[str, Any]:
    return {
        "format": _FORMAT,
        "version": 1,
        "unit": unit,
        "old": old.to_json(),
        "new": new.to_json(),
        "rotated_at": rotated_at,
    }


def make_rotation(
    old: Identity, new: Identity, unit: str, rotated_at: datetime | None = None
) -> bytes:
    """A rotation record (canonical JSON bytes) signed by both ``old`` and ``new``."""
    stamp = format_timestamp(rotated_at or datetime.now(UTC))
    body = _body(unit, old.public, new.public, stamp)
    message = _DOMAIN + canonical_json.dumps(body)
    record = dict(body)
    record["sig_old"] = base64.b64encode(old.sign(message)).decode("ascii")
    record["sig_new"] = base64.b64encode(new.sign(message)).decode("ascii")
    return canonical_json.dumps(record)


def verify_rotation(data: bytes, expected_old: PublicKeys) -> RotationRecord:
    """Check a rotation record against the registered old key; ExchangeError ``bad_rotation``."""
    try:
        doc = canonical_json.loads(data, max_bytes=8192, max_depth=3)
    except ExchangeError as exc:
        raise ExchangeError("bad_rotation", "rotation record is not canonical JSON") from exc
    expected = {"format", "version", "unit", "old", "new", "rotated_at", "sig_old", "sig_new"}
    if not isinstance(doc, dict) or set(doc) != expected:
        raise ExchangeError("bad_rotation", "rotation record has the wrong fields")
    if doc["format"] != _FORMAT or doc["version"] != 1:
        raise ExchangeError("bad_rotation", "not a version 1 rotation record")
    unit, stamp = doc["unit"], doc["rotated_at"]
    if not isinstance(unit, str) or not isinstance(stamp, str):
        raise ExchangeError("bad_rotation", "rotation record has the wrong field types")
    try:
        old = PublicKeys.from_json(doc["old"])
        new = PublicKeys.from_json(doc["new"])
        rotated_at = parse_timestamp(stamp)
        sig_old = decode_b64(str(doc["sig_old"]), 64, "bad_rotation")
        sig_new = decode_b64(str(doc["sig_new"]), 64, "bad_rotation")
    except (ExchangeError, ValueError) as exc:
        raise ExchangeError("bad_rotation", "rotation record has a malformed field") from exc
    if old != expected_old:
        raise ExchangeError("bad_rotation", "rotation is not from the registered key")
    if new.signing == old.signing:
        raise ExchangeError("bad_rotation", "new key equals old key")
    message = _DOMAIN + canonical_json.dumps(_body(unit, old, new, stamp))
    if not ed25519_checks.verify(old.signing, sig_old, message):
        raise ExchangeError("bad_rotation", "old key signature does not verify")
    if not ed25519_checks.verify(new.signing, sig_new, message):
        raise ExchangeError("bad_rotation", "new key signature does not verify")
    return RotationRecord(unit, old, new, rotated_at)
