"""Trust registry, parent link, outgoing sequence, ledger, quarantine, sent packages, receipts.

Rows stay here: callers get the small frozen records below.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from dlxh_desktop.domain import Report

from . import reports_repo
from .exchange_models import (
    LedgerRow,
    ParentLinkRow,
    QuarantineRow,
    ReceiptRow,
    SentPackageRow,
    SequenceRow,
    TrustKeyRow,
)
from .models import ReportRow


@dataclass(frozen=True)
class TrustKey:
    unit_code: str
    key_id: str
    signing_key: str  # base64
    encryption_key: str  # age1…
    fingerprint: str
    status: str = "active"  # active | rotated | revoked
    source: str = "enrollment"
    valid_from: datetime | None = None
    valid_until: datetime | None = None
    confirmed_at: datetime | None = None


@dataclass(frozen=True)
class ParentLink:
    parent_code: str
    recovery_key: str | None
    directory_created_at: datetime | None


@dataclass(frozen=True)
class LedgerEntry:
    package_id: str
    sha256: str
    kind: str
    sender_unit: str
    sender_key_id: str
    sequence: int
    created_at: datetime
    verdict: str
    received_at: datetime
    reason: str = ""
    report_uid: str | None = None
    report_revision: int | None = None
    report_id: int | None = None
    archive_path: str = ""
    receipted_at: datetime | None = None


@dataclass(frozen=True)
class Quarantined:
    sha256: str
    package_id: str
    kind: str
    sender_unit: str
    sequence: int
    created_at: datetime
    reason: str
    detail: str
    received_at: datetime
    archive_path: str
    id: int | None = None
    resolved_at: datetime | None = None


def _key(r: TrustKeyRow) -> TrustKey:
    return TrustKey(
        r.unit_code, r.key_id, r.signing_key, r.encryption_key, r.fingerprint, r.status,
        r.source, r.valid_from, r.valid_until, r.confirmed_at,
    )  # fmt: skip


def all_keys(s: Session) -> list[TrustKey]:
    return [_key(r) for r in s.scalars(select(TrustKeyRow).order_by(TrustKeyRow.id))]


def keys_of(s: Session, unit_code: str) -> list[TrustKey]:
    q = select(TrustKeyRow).where(TrustKeyRow.unit_code == unit_code).order_by(TrustKeyRow.id)
    return [_key(r) for r in s.scalars(q)]


def put_key(s: Session, k: TrustKey) -> None:
    """Insert or replace the registry entry of (unit, key id)."""
    row = s.scalar(
        select(TrustKeyRow).where(
            TrustKeyRow.unit_code == k.unit_code, TrustKeyRow.key_id == k.key_id
        )
    ) or TrustKeyRow(unit_code=k.unit_code, key_id=k.key_id)
    row.signing_key, row.encryption_key, row.fingerprint = (
        k.signing_key,
        k.encryption_key,
        k.fingerprint,
    )
    row.status, row.source = k.status, k.source
    row.valid_from, row.valid_until, row.confirmed_at = k.valid_from, k.valid_until, k.confirmed_at
    s.add(row)
    s.flush()


def get_parent(s: Session) -> ParentLink | None:
    row = s.get(ParentLinkRow, 1)
    if row is None:
        return None
    return ParentLink(row.parent_code, row.recovery_key, row.directory_created_at)


def set_parent(s: Session, link: ParentLink, now: datetime) -> None:
    row = s.get(ParentLinkRow, 1) or ParentLinkRow(id=1)
    row.parent_code, row.recovery_key = link.parent_code, link.recovery_key
    row.directory_created_at, row.updated_at = link.directory_created_at, now
    s.add(row)
    s.flush()


def next_sequence(s: Session, unit_code: str) -> int:
    """Allocate the next outgoing sequence number (the caller commits before writing)."""
    row = s.get(SequenceRow, unit_code)
    if row is None:
        row = SequenceRow(unit_code=unit_code, last=0)
        s.add(row)
    row.last += 1
    s.flush()
    return row.last


def last_sequence(s: Session, unit_code: str) -> int:
    row = s.get(SequenceRow, unit_code)
    return 0 if row is None else row.last


def _entry(r: LedgerRow) -> LedgerEntry:
    return LedgerEntry(
        r.package_id, r.sha256, r.kind, r.sender_unit, r.sender_key_id, r.sequence, r.created_at,
        r.verdict, r.received_at, r.reason, r.report_uid, r.report_revision, r.report_id,
        r.archive_path, r.receipted_at,
    )  # fmt: skip


def ledger_by_package(s: Session, package_id: str) -> LedgerEntry | None:
    row = s.scalar(select(LedgerRow).where(LedgerRow.package_id == package_id))
    return None if row is None else _entry(row)


def ledger_by_sequence(s: Session, sender_unit: str, sequence: int) -> LedgerEntry | None:
    row = s.scalar(
        select(LedgerRow).where(
            LedgerRow.sender_unit == sender_unit, LedgerRow.sequence == sequence
        )
    )
    return None if row is None else _entry(row)


def max_sequence_seen(s: Session, sender_unit: str) -> int:
    q = select(func.max(LedgerRow.sequence)).where(LedgerRow.sender_unit == sender_unit)
    return s.scalar(q) or 0


def ledger_has_package(s: Session, package_id: str) -> bool:
    """Whether ``package_id`` is in the ledger (one indexed lookup, no row loaded)."""
    return s.connection().execute(_LEDGER_HAS, {"pid": package_id}).first() is not None


def _ledger_values(e: LedgerEntry) -> dict[str, object]:
    return {
        "package_id": e.package_id,
        "sha256": e.sha256,
        "kind": e.kind,
        "sender_unit": e.sender_unit,
        "sender_key_id": e.sender_key_id,
        "sequence": e.sequence,
        "created_at": e.created_at,
        "report_uid": e.report_uid,
        "report_revision": e.report_revision,
        "report_id": e.report_id,
        "verdict": e.verdict,
        "reason": e.reason,
        "received_at": e.received_at,
        "archive_path": e.archive_path,
        "receipted_at": e.receipted_at,
    }


def add_ledger(s: Session, e: LedgerEntry) -> None:
    """Insert a ledger row (one Core statement, compiled once per process)."""
    s.connection().execute(_LEDGER_INSERT, _ledger_values(e))


def ledger_entries(
    s: Session, *, sender_unit: str | None = None, kind: str | None = None
) -> list[LedgerEntry]:
    q = select(LedgerRow)
    if sender_unit is not None:
        q = q.where(LedgerRow.sender_unit == sender_unit)
    if kind is not None:
        q = q.where(LedgerRow.kind == kind)
    return [_entry(r) for r in s.scalars(q.order_by(LedgerRow.id))]


def mark_receipted(s: Session, package_ids: list[str], when: datetime) -> None:
    if package_ids:
        s.execute(
            update(LedgerRow).where(LedgerRow.package_id.in_(package_ids)).values(receipted_at=when)
        )


def add_quarantine(s: Session, q: Quarantined) -> bool:
    """Record a quarantined package; False when the same file is already held."""
    if s.scalar(select(QuarantineRow.id).where(QuarantineRow.sha256 == q.sha256)) is not None:
        return False
    s.add(
        QuarantineRow(
            sha256=q.sha256,
            package_id=q.package_id,
            kind=q.kind,
            sender_unit=q.sender_unit,
            sequence=q.sequence,
            created_at=q.created_at,
            reason=q.reason,
            detail=q.detail,
            received_at=q.received_at,
            archive_path=q.archive_path,
        )
    )
    s.flush()
    return True


def quarantined(s: Session, *, include_resolved: bool = True) -> list[Quarantined]:
    q = select(QuarantineRow).order_by(QuarantineRow.id)
    if not include_resolved:
        q = q.where(QuarantineRow.resolved_at.is_(None))
    rows = s.scalars(q)
    return [
        Quarantined(
            r.sha256,
            r.package_id,
            r.kind,
            r.sender_unit,
            r.sequence,
            r.created_at,
            r.reason,
            r.detail,
            r.received_at,
            r.archive_path,
            r.id,
            r.resolved_at,
        )
        for r in rows
    ]


def resolve_quarantine(s: Session, quarantine_id: int, when: datetime) -> None:
    """A person decided about a held package (released or dropped); the original stays."""
    s.execute(
        update(QuarantineRow).where(QuarantineRow.id == quarantine_id).values(resolved_at=when)
    )


def add_sent(
    s: Session,
    *,
    package_id: str,
    kind: str,
    sequence: int,
    recipient_unit: str | None,
    report_id: int | None,
    sha256: str,
    created_at: datetime,
) -> None:
    s.add(
        SentPackageRow(
            package_id=package_id,
            kind=kind,
            sequence=sequence,
            recipient_unit=recipient_unit,
            report_id=report_id,
            sha256=sha256,
            created_at=created_at,
        )
    )
    s.flush()


def sent_report_ids(s: Session, package_ids: list[str]) -> dict[str, int | None]:
    """package id → report id of the packages this unit wrote (unknown ids are left out)."""
    if not package_ids:
        return {}
    q = select(SentPackageRow.package_id, SentPackageRow.report_id).where(
        SentPackageRow.package_id.in_(package_ids)
    )
    return {pid: rid for pid, rid in s.execute(q).all()}


def acknowledge_sent(s: Session, package_ids: list[str], when: datetime) -> None:
    if package_ids:
        s.execute(
            update(SentPackageRow)
            .where(SentPackageRow.package_id.in_(package_ids))
            .values(acknowledged_at=when)
        )


def add_receipt(
    s: Session, package_id: str, direction: str, counterpart: str, entries: int, when: datetime
) -> None:
    s.add(
        ReceiptRow(
            package_id=package_id,
            direction=direction,
            counterpart=counterpart,
            entries=entries,
            created_at=when,
        )
    )
    s.flush()


def ledger_index(s: Session) -> list[tuple[str, str, int]]:
    """(package id, sender unit, sequence) of every ledger row: a batch import's pre-check."""
    q = select(LedgerRow.package_id, LedgerRow.sender_unit, LedgerRow.sequence)
    return [(p, u, n) for p, u, n in s.execute(q).all()]


def report_revisions(s: Session, uid: str) -> list[tuple[int, str, int, str]]:
    """(id, unit, revision, status) of every stored revision of ``uid`` (no content decoded)."""
    rows = s.connection().execute(_REVISIONS, {"uid": uid}).all()
    return [(i, u, r, st) for i, u, r, st in rows]


def set_report_status(s: Session, report_ids: list[int], status: str) -> None:
    if report_ids:
        s.execute(update(ReportRow).where(ReportRow.id.in_(report_ids)).values(status=status))


def insert_report(s: Session, r: Report, origin: str) -> int:
    """Insert a report revision and return its id (one statement, nothing decoded back)."""
    values = reports_repo.row_values(r, origin)
    return int(s.connection().execute(_REPORT_INSERT, values).scalar_one())


# The import's per-package statements: built once, so SQLAlchemy compiles each once per
# process (a statement built per call costs more than SQLite's own work on it).
_LEDGER_HAS = select(LedgerRow.id).where(LedgerRow.package_id == bindparam("pid")).limit(1)
_LEDGER_INSERT = insert(LedgerRow)
_REVISIONS = select(ReportRow.id, ReportRow.unit_code, ReportRow.revision, ReportRow.status).where(
    ReportRow.uid == bindparam("uid")
)
_REPORT_INSERT = insert(ReportRow).returning(ReportRow.id)
