"""Packages held for a person's decision: list them, release one, or drop it.

Only reasons a person can judge are released: a date far from today (a PC with a wrong clock)
and an unusual jump of the sender's sequence number. A conflicting duplicate (two different
packages with the same sequence) and an enrollment are not: the first needs the sender to
explain, the second goes through ``enroll import`` with its fingerprint confirmed.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlxh_desktop.storage import exchange_repo
from dlxh_desktop.storage.exchange_repo import Quarantined

from .errors import ServiceError
from .exchange_context import ExchangeContext
from .package_import import ImportResult, import_paths
from .progress import Progress

RELEASABLE = frozenset({"created_in_future", "created_too_old", "sequence_jump"})


def held(ctx: ExchangeContext, *, include_resolved: bool = False) -> list[Quarantined]:
    """Packages waiting for a decision (with ``include_resolved``, the decided ones too)."""
    with ctx.sessions.read() as s:
        return exchange_repo.quarantined(s, include_resolved=include_resolved)


def _find(ctx: ExchangeContext, quarantine_id: int) -> Quarantined:
    for q in held(ctx):
        if q.id == quarantine_id:
            return q
    raise ServiceError("quarantine_unknown", id=quarantine_id)


def release(ctx: ExchangeContext, quarantine_id: int) -> Iterator[Progress | ImportResult]:
    """Import a held package again, accepting the reason it was held for. Every other check
    runs as usual; the hold is closed when the package is in."""
    q = _find(ctx, quarantine_id)
    if q.reason not in RELEASABLE:
        raise ServiceError("quarantine_not_releasable", id=quarantine_id, reason=q.reason)
    original = ctx.home.archive / q.archive_path
    if not original.is_file():
        raise ServiceError("quarantine_original_missing", id=quarantine_id, path=str(original))
    for item in import_paths(ctx, [original], waive=frozenset({q.reason})):
        if isinstance(item, ImportResult) and item.verdict in (
            "imported",
            "amended",
            "already_imported",
        ):
            with ctx.sessions.write() as s:
                exchange_repo.resolve_quarantine(s, quarantine_id, ctx.clock.now())
        yield item


def drop(ctx: ExchangeContext, quarantine_id: int) -> Quarantined:
    """Decide not to import a held package (the original stays in the archive)."""
    q = _find(ctx, quarantine_id)
    with ctx.sessions.write() as s:
        exchange_repo.resolve_quarantine(s, quarantine_id, ctx.clock.now())
    return q
