"""Units: rows in, domain ``Unit`` objects out."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from dlxh_desktop.domain import DomainError, Unit, UnitKind, UnitTree

from .models import UnitRow


def _to_domain(r: UnitRow) -> Unit:
    return Unit(
        code=r.code,
        name=r.name,
        kind=UnitKind(r.kind),
        parent_code=r.parent_code,
        symbol=r.symbol,
        active=r.active,
    )


def get(s: Session, code: str) -> Unit | None:
    row = s.get(UnitRow, code)
    return _to_domain(row) if row else None


def all_units(s: Session) -> list[Unit]:
    return [_to_domain(r) for r in s.scalars(select(UnitRow).order_by(UnitRow.code))]


def tree(s: Session) -> UnitTree:
    return UnitTree(all_units(s))


def upsert_many(s: Session, units: Iterable[Unit]) -> int:
    """Insert or update units (parents may come later in the batch); checks the whole tree."""
    incoming = list(units)
    existing = {u.code: u for u in all_units(s)}
    merged = dict(existing)
    for u in incoming:
        merged[u.code] = u
    UnitTree(merged.values())  # raises on cycles
    for u in incoming:
        if u.parent_code is not None and u.parent_code not in merged:
            raise DomainError("unit_parent_unknown", unit=u.code, parent=u.parent_code)
    # Insert parents before children so foreign keys hold at every step.
    pending = {u.code: u for u in incoming}
    while pending:
        ready = [u for u in pending.values() if u.parent_code not in pending]
        for u in ready:
            row = s.get(UnitRow, u.code) or UnitRow(code=u.code)
            row.name, row.kind, row.parent_code = u.name, u.kind.value, u.parent_code
            row.symbol, row.active = u.symbol, u.active
            s.add(row)
            del pending[u.code]
        s.flush()
    return len(incoming)
