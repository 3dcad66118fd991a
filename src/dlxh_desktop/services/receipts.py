"""Receipts: the parent tells a child what arrived; the child marks those reports acknowledged.

``receipt.json``: ``{"format": "dlxh-receipt", "version": 1, "issuer": code, "to": code,
"created_at", "entries": [{"package_id", "sha256", "received_at", "verdict", "report":
{"uid", "revision"} | null}]}``.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from dlxh_desktop.domain import ReportStatus
from dlxh_desktop.exchange import ExchangeError, OpenedPackage, PackageRejected, canonical_json
from dlxh_desktop.exchange.timestamps import format_timestamp
from dlxh_desktop.storage import exchange_repo, reports_repo
from dlxh_desktop.storage.exchange_repo import LedgerEntry

from .errors import ServiceError
from .exchange_context import ExchangeContext
from .package_export import SentPackage, send

FORMAT = "dlxh-receipt"
MAX_ENTRIES = 5000
ACCEPTED = ("imported", "amended", "already_imported")


def export_receipts(
    ctx: ExchangeContext, out: Path, unit: str | None = None, *, resend: bool = False
) -> list[SentPackage]:
    """``receipt export``: one receipt per child with report packages not yet receipted
    (all of them with ``resend``). With several children, ``out`` gets a ``-UNIT`` suffix."""
    own = ctx.own_code()
    with ctx.sessions.read() as s:
        entries = [
            e
            for e in exchange_repo.ledger_entries(s, kind="report", sender_unit=unit)
            if e.verdict in ACCEPTED and (resend or e.receipted_at is None)
        ]
    by_unit: dict[str, list[LedgerEntry]] = {}
    for e in entries:
        by_unit.setdefault(e.sender_unit, []).append(e)
    if not by_unit:
        raise ServiceError("nothing_to_receipt")
    sent: list[SentPackage] = []
    for code, items in sorted(by_unit.items()):
        items = items[-MAX_ENTRIES:]
        target = out if len(by_unit) == 1 else out.with_name(f"{out.stem}-{code}{out.suffix}")
        doc = {
            "format": FORMAT,
            "version": 1,
            "issuer": own,
            "to": code,
            "created_at": format_timestamp(ctx.clock.now()),
            "entries": [
                {
                    "package_id": e.package_id,
                    "sha256": e.sha256,
                    "received_at": format_timestamp(e.received_at),
                    "verdict": e.verdict,
                    "report": None
                    if e.report_uid is None
                    else {"uid": e.report_uid, "revision": e.report_revision},
                }
                for e in items
            ],
        }
        key = ctx.active_key(code)
        p = send(
            ctx,
            "receipt",
            target,
            {"receipt.json": canonical_json.dumps(doc)},
            recipient_unit=code,
            recipients=[key.encryption_key],
        )
        now = ctx.clock.now()
        with ctx.sessions.write() as s:
            exchange_repo.mark_receipted(s, [e.package_id for e in items], now)
            exchange_repo.add_receipt(s, p.package_id, "issued", code, len(items), now)
        sent.append(p)
    return sent


def _entries(opened: OpenedPackage, own: str) -> list[dict[str, Any]]:
    bad = PackageRejected("receipt_invalid", "the receipt content is not valid")
    try:
        doc = canonical_json.loads(opened.files["receipt.json"], max_bytes=4 << 20, max_depth=5)
    except ExchangeError as exc:
        raise bad from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or doc.get("version") != 1:
        raise bad
    if doc.get("issuer") != opened.header.sender_unit or doc.get("to") != own:
        raise bad
    entries = doc.get("entries")
    if not isinstance(entries, list) or len(entries) > MAX_ENTRIES:
        raise bad
    for e in entries:
        if not isinstance(e, dict) or not isinstance(e.get("package_id"), str):
            raise bad
    return entries


def apply_receipt(ctx: ExchangeContext, opened: OpenedPackage, archive_path: str) -> str:
    """At the child (called by the import pipeline): mark the listed reports acknowledged, in
    one transaction with the ledger and receipt rows. Returns a reason code."""
    own = ctx.own_code()
    entries = _entries(opened, own)
    h = opened.header
    now = ctx.clock.now()
    ids = [e["package_id"] for e in entries if e.get("verdict") in ACCEPTED]
    with ctx.sessions.write() as s:
        if exchange_repo.ledger_by_package(s, h.package_id) is not None:
            return "same_package"
        mine = exchange_repo.sent_report_ids(s, ids)
        exchange_repo.acknowledge_sent(s, list(mine), now)
        for report_id in {r for r in mine.values() if r is not None}:
            r = reports_repo.get(s, report_id)
            if r is not None and r.status in (ReportStatus.SENT, ReportStatus.FINALIZED):
                reports_repo.update(
                    s, replace(r, status=ReportStatus.ACKNOWLEDGED, acknowledged_at=now)
                )
        exchange_repo.add_receipt(s, h.package_id, "received", h.sender_unit, len(entries), now)
        exchange_repo.add_ledger(
            s,
            LedgerEntry(
                h.package_id,
                opened.envelope.sha256,
                "receipt",
                h.sender_unit,
                h.sender_key_id,
                h.sequence,
                h.created_at,
                "imported",
                now,
                "receipt",
                archive_path=archive_path,
            ),
        )
    return "receipt_applied"
