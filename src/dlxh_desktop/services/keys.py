"""This unit's keys: create at set-up, show, back up, restore, rotate; revocation of a child's
key by the parent (it travels in the parent's next directory)."""

from __future__ import annotations

import base64
from dataclasses import replace
from pathlib import Path
from typing import Any

from dlxh_desktop.exchange import (
    ExchangeError,
    Identity,
    export_backup,
    make_rotation,
    restore_backup,
    write_atomically,
)
from dlxh_desktop.storage import exchange_repo, settings_repo

from .errors import ServiceError
from .exchange_context import OWN_KEYS, PREVIOUS_KEYS, ROTATION, ExchangeContext, keys_record

MAX_BACKUP_BYTES = 64 * 1024


def ensure_identity(ctx: ExchangeContext) -> tuple[Identity, bool]:
    """The identity of this installation: the stored one (e.g. restored from a backup), or a
    new one when none exists. Returns (identity, created)."""
    if ctx.vault().exists():
        return ctx.identity(), False
    identity = Identity.generate()
    ctx.store_identity(identity)
    return identity, True


def try_ensure_identity(ctx: ExchangeContext) -> Identity | None:
    """:func:`ensure_identity`, or None when no keyring and no passphrase are available (the
    caller then says so; ``create_keys`` makes them later)."""
    try:
        return ensure_identity(ctx)[0]
    except ServiceError as exc:
        if exc.code != "passphrase_unavailable":
            raise
        return None


def record_own_keys(ctx: ExchangeContext, identity: Identity) -> None:
    with ctx.sessions.write() as s:
        settings_repo.put(s, OWN_KEYS, keys_record(identity.public, ctx.clock.now()))
    ctx._own_keys = None


def create_keys(ctx: ExchangeContext) -> Identity:
    """``keys create``: make (or adopt a restored) identity for a set-up unit without keys."""
    ctx.own_code()
    if ctx.setting(OWN_KEYS) is not None:
        raise ServiceError("identity_exists")
    identity, _ = ensure_identity(ctx)
    record_own_keys(ctx, identity)
    return identity


def show(ctx: ExchangeContext) -> dict[str, Any]:
    """Public facts about this unit's keys (no passphrase needed)."""
    rec = ctx.setting(OWN_KEYS)
    if rec is None:
        raise ServiceError("no_keys")
    parent = ctx.parent()
    revoked = False
    with ctx.sessions.read() as s:
        own = ctx.svc.settings.own_unit_code()
        for k in exchange_repo.keys_of(s, own or ""):
            if k.key_id == rec["key_id"] and k.status == "revoked":
                revoked = True
    out: dict[str, Any] = {
        "unit": ctx.svc.settings.own_unit_code(),
        "key_id": rec["key_id"],
        "fingerprint": rec["fingerprint"],
        "encryption_key_id": rec["encryption_key_id"],
        "signing_key": rec["public"]["ed25519"],
        "encryption_key": rec["public"]["x25519"],
        "created_at": rec["created_at"],
        "storage": "keyring" if ctx.uses_keyring else "key file",
        "revoked": revoked,
        "parent": None,
    }
    if parent is not None:
        pk = ctx.active_key(parent.parent_code)
        out["parent"] = {
            "unit": parent.parent_code,
            "key_id": pk.key_id,
            "fingerprint": pk.fingerprint,
            "recovery_key": parent.recovery_key,
        }
    return out


def backup(ctx: ExchangeContext, out: Path) -> Path:
    """A passphrase-protected backup file of this unit's private keys."""
    identity = ctx.identity()
    passphrase = ctx._passphrase("backup", True)
    try:
        data = export_backup(identity, passphrase, label=ctx.own_code())
        write_atomically(out, data)
    except ExchangeError as exc:
        if exc.code in ("write_failed", "write_verify_failed"):
            raise ServiceError("output_unwritable", path=str(out)) from exc
        raise
    return out


def restore(ctx: ExchangeContext, path: Path) -> Identity:
    """Bring keys back from a backup (on a new PC, before or after ``setup unit``)."""
    try:
        if path.stat().st_size > MAX_BACKUP_BYTES:
            raise ServiceError("not_a_key_backup", path=str(path))
        data = path.read_bytes()
    except OSError:
        raise ServiceError("file_unreadable", path=str(path)) from None
    try:
        identity, label = restore_backup(data, ctx._passphrase("backup", False))
    except ExchangeError as exc:
        if exc.code == "not_a_backup":
            raise ServiceError("not_a_key_backup", path=str(path)) from exc
        raise
    own = ctx.svc.settings.own_unit_code()
    expected = ctx.setting(OWN_KEYS)
    if own is not None and label and label != own:
        raise ServiceError("backup_other_unit", unit=label, own=own)
    if expected is not None and expected["key_id"] != identity.key_id:
        raise ServiceError("backup_other_key", key_id=identity.key_id)
    if ctx.vault().exists():
        raise ServiceError("identity_exists")
    ctx.store_identity(identity)
    if expected is None and own is not None:
        record_own_keys(ctx, identity)
    return identity


def rotate(ctx: ExchangeContext) -> tuple[Identity, bytes]:
    """Replace this unit's keys by new ones certified by the old and the new key.

    The old identity is kept (slot ``previous``) so packages in transit still open; the
    rotation record travels in the next enrollment (to the parent) and directory (to
    children). Returns (new identity, rotation record)."""
    old = ctx.identity()
    new = Identity.generate()
    now = ctx.clock.now()
    record = make_rotation(old, new, ctx.own_code(), now)
    ctx.replace_identity(new, old)
    with ctx.sessions.write() as s:
        settings_repo.put(s, PREVIOUS_KEYS, keys_record(old.public, now))
        settings_repo.put(s, OWN_KEYS, keys_record(new.public, now))
        settings_repo.put(s, ROTATION, base64.b64encode(record).decode("ascii"))
    ctx._own_keys = None
    return new, record


def revoke(ctx: ExchangeContext, unit: str) -> int:
    """At the parent: revoke every active key of child ``unit``; returns how many."""
    now = ctx.clock.now()
    count = 0
    with ctx.sessions.write() as s:
        for k in exchange_repo.keys_of(s, unit):
            if k.status != "revoked":
                exchange_repo.put_key(s, replace(k, status="revoked", valid_until=now))
                count += 1
    if count == 0:
        raise ServiceError("no_key_for_unit", unit=unit)
    return count
