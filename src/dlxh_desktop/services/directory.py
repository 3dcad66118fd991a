"""Directories (parent → children): export, join under a parent (``setup unit``), updates.

``directory.json`` (canonical JSON): ``{"format": "dlxh-directory", "version": 1, "unit":
{code, name, kind, symbol}, "keys": bundle, "recovery": "age1…" | null, "units": [...],
"calendar": {...}, "topics": [...], "revocations": [{unit, key_id, revoked_at}], "rotation":
base64 rotation record | null, "created_at"}``. ``units`` holds the sender's ancestors, itself
and its descendants, so every installation knows the chain up to the province.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from dlxh_desktop.domain import DomainError, ReportingCalendar, TopicCatalogue, Unit, UnitKind
from dlxh_desktop.domain.letterhead import Letterhead
from dlxh_desktop.exchange import (
    ExchangeError,
    OpenedPackage,
    PackageRejected,
    PublicKeys,
    canonical_json,
    decrypt_and_verify,
    fingerprint_matches,
    read_envelope,
    read_package_file,
    verify_rotation,
)
from dlxh_desktop.exchange.keys import fingerprint
from dlxh_desktop.exchange.timestamps import format_timestamp
from dlxh_desktop.storage import exchange_repo, settings_repo, units_repo
from dlxh_desktop.storage.exchange_repo import LedgerEntry, ParentLink

from .errors import ServiceError
from .exchange_context import (
    RECOVERY,
    ROTATION,
    ExchangeContext,
    nfc,
    public_of,
    trust_key,
)
from .keys import ensure_identity, record_own_keys
from .package_export import SentPackage, send
from .settings import CALENDAR, OWN_UNIT, TOPICS_EXTRA

FORMAT = "dlxh-directory"
MAX_JSON = 8 << 20


def _unit_json(u: Unit) -> dict[str, Any]:
    return {
        "code": u.code,
        "name": u.name,
        "kind": u.kind.value,
        "parent": u.parent_code,
        "symbol": u.symbol,
        "active": u.active,
    }


def export_directory(
    ctx: ExchangeContext, out: Path, recovery_key: str | None = None
) -> SentPackage:
    """``directory export``: this unit's signed directory for its children."""
    code = ctx.own_code()
    if recovery_key is not None:
        if ctx.parent() is not None:
            raise ServiceError("recovery_not_top")
        try:
            PublicKeys(ctx.own_keys().signing, recovery_key)
        except ExchangeError:
            raise ServiceError("recovery_key_invalid") from None
        with ctx.sessions.write() as s:
            settings_repo.put(s, RECOVERY, recovery_key)
    link = ctx.parent()
    recovery = link.recovery_key if link is not None else ctx.setting(RECOVERY)
    tree = ctx.svc.units.tree()
    me = tree.get(code)
    units = [*reversed(tree.ancestors(code)), me, *tree.descendants(code)]
    with ctx.sessions.read() as s:
        revoked = [
            {"unit": k.unit_code, "key_id": k.key_id, "revoked_at": format_timestamp(k.valid_until)}
            for k in exchange_repo.all_keys(s)
            if k.status == "revoked" and k.valid_until is not None and k.unit_code != code
        ]
        extra = settings_repo.get(s, TOPICS_EXTRA, [])
    doc = {
        "format": FORMAT,
        "version": 1,
        "unit": {"code": me.code, "name": me.name, "kind": me.kind.value, "symbol": me.symbol},
        "keys": ctx.own_keys().to_json(),
        "recovery": recovery,
        "units": [_unit_json(u) for u in units],
        "calendar": ctx.svc.settings.calendar().to_dict(),
        "topics": extra,
        "revocations": revoked,
        "rotation": ctx.setting(ROTATION),
        "created_at": format_timestamp(ctx.clock.now()),
    }
    files = {"directory.json": canonical_json.dumps(nfc(doc))}
    return send(ctx, "directory", out, files)


@dataclass(frozen=True)
class Directory:
    opened: OpenedPackage
    doc: dict[str, Any]
    keys: PublicKeys
    units: list[Unit]

    @property
    def code(self) -> str:
        return str(self.doc["unit"]["code"])


def parse_directory(opened: OpenedPackage) -> Directory:
    """Check ``directory.json`` of a verified directory package."""
    bad = PackageRejected("directory_invalid", "the directory content is not valid")
    try:
        doc = canonical_json.loads(opened.files["directory.json"], max_bytes=MAX_JSON, max_depth=6)
    except ExchangeError as exc:
        raise bad from exc
    try:
        if not isinstance(doc, dict) or doc.get("format") != FORMAT or doc.get("version") != 1:
            raise bad
        keys = PublicKeys.from_json(doc["keys"])
        units = [
            Unit(u["code"], u["name"], UnitKind(u["kind"]), u["parent"], u["symbol"], u["active"])
            for u in doc["units"]
        ]
        ReportingCalendar.from_dict(doc["calendar"])
        TopicCatalogue.from_records(doc["topics"])
        if doc["recovery"] is not None:
            PublicKeys(keys.signing, doc["recovery"])
        code = doc["unit"]["code"]
    except (KeyError, TypeError, ValueError, DomainError, ExchangeError) as exc:
        raise bad from exc
    header = opened.header
    if code != header.sender_unit or keys.signing != header.sender_key:
        raise PackageRejected("directory_invalid", "the directory names another unit or key")
    return Directory(opened, doc, keys, units)


def read_directory_file(ctx: ExchangeContext, path: Path) -> Directory:
    data = read_package_file(path)
    env = read_envelope(data, lookup_sender_key=lambda u, k: None, allow_unregistered=True)
    if env.header.kind != "directory":
        raise PackageRejected("not_a_directory", "this file is not a directory")
    return parse_directory(decrypt_and_verify(env, identity=None, my_unit_code=None))


def _apply(ctx: ExchangeContext, s: Any, d: Directory, own: str, now: datetime) -> None:
    """Store units, calendar, topics, parent keys and revocations of our parent's directory."""
    units_repo.upsert_many(s, d.units)
    settings_repo.put(s, CALENDAR, d.doc["calendar"])
    settings_repo.put(s, TOPICS_EXTRA, d.doc["topics"])
    exchange_repo.set_parent(
        s, ParentLink(d.code, d.doc["recovery"], d.opened.header.created_at), now
    )
    for rev in d.doc["revocations"]:
        for k in exchange_repo.keys_of(s, str(rev.get("unit", ""))):
            if k.key_id == rev.get("key_id") and k.status != "revoked":
                exchange_repo.put_key(s, replace(k, status="revoked", valid_until=now))
    h = d.opened.header
    if exchange_repo.ledger_by_package(s, h.package_id) is None:
        exchange_repo.add_ledger(
            s,
            LedgerEntry(
                h.package_id,
                d.opened.envelope.sha256,
                "directory",
                h.sender_unit,
                h.sender_key_id,
                h.sequence,
                h.created_at,
                "imported",
                now,
            ),
        )


def setup_unit(
    ctx: ExchangeContext,
    path: Path,
    code: str,
    confirm: Callable[[str], str | None],
) -> tuple[Unit, Directory]:
    """``setup unit``: join under the parent whose directory ``path`` is.

    ``confirm(fingerprint_shown)`` returns what the person typed (or the ``--fingerprint``
    value), None when nobody can be asked: the parent's fingerprint must match."""
    if ctx.svc.settings.own_unit_code() is not None:
        raise ServiceError("already_set_up", unit=ctx.svc.settings.own_unit_code())
    d = read_directory_file(ctx, path)
    by_code = {u.code: u for u in d.units}
    if code not in by_code or by_code[code].parent_code != d.code:
        raise ServiceError("unit_not_in_directory", unit=code, parent=d.code)
    typed = confirm(fingerprint(d.keys.signing))
    if typed is None:
        raise ServiceError("fingerprint_required", unit=d.code)
    if not fingerprint_matches(d.keys.signing, typed):
        raise ServiceError("fingerprint_mismatch", unit=d.code)
    identity, _ = ensure_identity(ctx)  # adopts a restored identity, never a second one
    now = ctx.clock.now()
    me = by_code[code]
    with ctx.sessions.write() as s:
        _apply(ctx, s, d, code, now)
        exchange_repo.put_key(
            s, trust_key(d.code, d.keys, source="directory", confirmed_at=now, valid_from=None)
        )
        settings_repo.put(s, OWN_UNIT, code)
        settings_repo.put(
            s,
            f"letterhead:{code}",
            Letterhead(issuing_body=me.name.upper(), symbol=me.symbol or code).to_dict(),
        )
    record_own_keys(ctx, identity)
    return me, d


def apply_update(ctx: ExchangeContext, d: Directory, now: datetime) -> str:
    """A newer directory from our parent (via ``package import``): returns a verdict reason.

    Signed by the registered parent key, or by a new key with a rotation record certified by
    the registered one."""
    link = ctx.require_parent()
    if d.code != link.parent_code:
        raise PackageRejected("not_from_parent", "this directory is not from our parent")
    if link.directory_created_at and d.opened.header.created_at < link.directory_created_at:
        raise PackageRejected("older_directory", "an older directory than the one in use")
    current = ctx.active_key(link.parent_code)
    rotated = None
    if d.keys.key_id != current.key_id:
        raw = d.doc.get("rotation")
        if not isinstance(raw, str):
            raise PackageRejected(
                "unknown_sender_key",
                "the parent's key changed without proof",
                unit=d.code,
                fingerprint=d.keys.fingerprint,
            )
        try:
            rotated = verify_rotation(base64.b64decode(raw), public_of(current))
        except (ExchangeError, ValueError) as exc:
            raise PackageRejected(
                "bad_rotation", "the parent's key rotation does not verify"
            ) from exc
        if rotated.new != d.keys:
            raise PackageRejected("bad_rotation", "the rotation names another key")
    own = ctx.own_code()
    with ctx.sessions.write() as s:
        _apply(ctx, s, d, own, now)
        if rotated is not None:
            exchange_repo.put_key(
                s, replace(current, status="rotated", valid_until=rotated.rotated_at)
            )
            exchange_repo.put_key(
                s,
                trust_key(
                    d.code,
                    d.keys,
                    source="rotation",
                    valid_from=rotated.rotated_at,
                    confirmed_at=now,
                ),
            )
    return "parent_key_rotated" if rotated is not None else "directory_updated"
