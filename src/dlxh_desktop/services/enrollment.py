"""Enrollment (child → parent): a signed, encrypted request with the unit's public keys.

``enrollment.json``: ``{"format": "dlxh-enrollment", "version": 1, "unit": code, "name": …,
"keys": bundle, "contact": {...}, "created_at"}`` and, after a key rotation, ``rotation.json``
(the record certified by the old and the new key; no phone call needed then).
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from dlxh_desktop.exchange import (
    ExchangeError,
    PackageRejected,
    PublicKeys,
    canonical_json,
    decrypt_and_verify,
    fingerprint_matches,
    read_envelope,
    read_package_file,
    verify_rotation,
)
from dlxh_desktop.exchange.timestamps import format_timestamp
from dlxh_desktop.storage import exchange_repo
from dlxh_desktop.storage.exchange_repo import LedgerEntry

from .errors import ServiceError
from .exchange_context import ROTATION, ExchangeContext, nfc, public_of, trust_key
from .package_export import SentPackage, recipients_for, send

FORMAT = "dlxh-enrollment"


def export_enrollment(
    ctx: ExchangeContext, out: Path, contact: dict[str, str] | None = None
) -> SentPackage:
    """``enroll export``: this unit's keys for its parent (with the rotation record if any)."""
    code = ctx.own_code()
    parent = ctx.require_parent().parent_code
    unit = ctx.svc.units.get(code)
    doc = {
        "format": FORMAT,
        "version": 1,
        "unit": code,
        "name": unit.name,
        "keys": ctx.own_keys().to_json(),
        "contact": contact or {},
        "created_at": format_timestamp(ctx.clock.now()),
    }
    files = {"enrollment.json": canonical_json.dumps(nfc(doc))}
    rotation = ctx.setting(ROTATION)
    if rotation:
        files["rotation.json"] = base64.b64decode(rotation)
    return send(
        ctx,
        "enrollment",
        out,
        files,
        recipient_unit=parent,
        recipients=recipients_for(ctx, parent),
    )


@dataclass(frozen=True)
class Enrollment:
    unit: str
    name: str
    keys: PublicKeys
    fingerprint: str
    outcome: str  # enrolled | already_enrolled | rotated


def import_enrollment(
    ctx: ExchangeContext, path: Path, confirm: Callable[[str, str], str | None]
) -> Enrollment:
    """``enroll import``: register a child's keys once its fingerprint is confirmed.

    ``confirm(unit, fingerprint_shown)`` returns the fingerprint the person read out (or the
    ``--fingerprint`` value), None when nobody can be asked. A rotation certified by the key
    already registered needs no confirmation."""
    data = read_package_file(path)
    with ctx.sessions.read() as s:
        registry = {(k.unit_code, k.key_id): public_of(k) for k in exchange_repo.all_keys(s)}
    env = read_envelope(
        data, lookup_sender_key=lambda u, k: registry.get((u, k)), allow_unregistered=True
    )
    h = env.header
    if h.kind != "enrollment":
        raise ServiceError("not_an_enrollment", path=str(path))
    own = ctx.own_code()
    tree = ctx.svc.units.tree()
    if h.sender_unit not in tree:
        raise ServiceError("enroll_unit_unknown", unit=h.sender_unit)
    if tree.get(h.sender_unit).parent_code != own:
        raise ServiceError("enroll_not_child", unit=h.sender_unit, own=own)
    opened = decrypt_and_verify(
        env, identity=ctx.identity_for(h.recipient_key_ids), my_unit_code=own
    )
    try:
        doc: Any = canonical_json.loads(
            opened.files["enrollment.json"], max_bytes=65536, max_depth=4
        )
        keys = PublicKeys.from_json(doc["keys"])
        ok = doc["format"] == FORMAT and doc["version"] == 1 and doc["unit"] == h.sender_unit
    except (ExchangeError, KeyError, TypeError) as exc:
        raise PackageRejected("enrollment_invalid", "the enrollment content is not valid") from exc
    if not ok or keys.signing != h.sender_key:
        raise PackageRejected("enrollment_invalid", "the enrollment names another unit or key")
    now = ctx.clock.now()
    with ctx.sessions.read() as s:
        existing = exchange_repo.keys_of(s, h.sender_unit)
    active = [k for k in existing if k.status == "active"]
    if any(k.key_id == keys.key_id for k in existing):
        outcome = "already_enrolled"
        new_keys: list[Any] = []
    elif "rotation.json" in opened.files and active:
        try:
            rec = verify_rotation(opened.files["rotation.json"], public_of(active[-1]))
        except ExchangeError as exc:
            raise ServiceError("rotation_invalid", unit=h.sender_unit) from exc
        if rec.new != keys or rec.unit != h.sender_unit:
            raise ServiceError("rotation_invalid", unit=h.sender_unit)
        outcome = "rotated"
        new_keys = [
            replace(active[-1], status="rotated", valid_until=rec.rotated_at),
            trust_key(
                h.sender_unit, keys, source="rotation", valid_from=rec.rotated_at, confirmed_at=now
            ),
        ]
    else:
        if active:
            raise ServiceError("unit_already_enrolled", unit=h.sender_unit)
        typed = confirm(h.sender_unit, keys.fingerprint)
        if typed is None:
            raise ServiceError("fingerprint_required", unit=h.sender_unit)
        if not fingerprint_matches(keys.signing, typed):
            raise ServiceError("fingerprint_mismatch", unit=h.sender_unit)
        outcome = "enrolled"
        new_keys = [trust_key(h.sender_unit, keys, source="enrollment", confirmed_at=now)]
    with ctx.sessions.write() as s:
        for k in new_keys:
            exchange_repo.put_key(s, k)
        if exchange_repo.ledger_by_package(s, h.package_id) is None:
            exchange_repo.add_ledger(
                s,
                LedgerEntry(
                    h.package_id,
                    env.sha256,
                    "enrollment",
                    h.sender_unit,
                    h.sender_key_id,
                    h.sequence,
                    h.created_at,
                    "imported",
                    now,
                    reason=outcome,
                ),
            )
    return Enrollment(h.sender_unit, str(doc.get("name", "")), keys, keys.fingerprint, outcome)
