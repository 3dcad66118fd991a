"""ORM tables of the exchange layer: trust registry, parent link, sequence, ledger, quarantine,
sent packages and receipts. Private key halves are never stored here (keyring or key file)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base, UTCDateTime


class TrustKeyRow(Base):
    """A public key registered for a unit (a child by enrollment, the parent by directory)."""

    __tablename__ = "trust_keys"
    __table_args__ = (UniqueConstraint("unit_code", "key_id", name="uq_trust_keys_unit_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    unit_code: Mapped[str] = mapped_column(String(40), index=True)
    key_id: Mapped[str] = mapped_column(String(16))
    signing_key: Mapped[str] = mapped_column(String(44))  # base64 of raw Ed25519
    encryption_key: Mapped[str] = mapped_column(String(80))  # age1…
    fingerprint: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(10))  # active | rotated | revoked
    source: Mapped[str] = mapped_column(String(12))  # enrollment | directory | rotation
    valid_from: Mapped[datetime | None] = mapped_column(UTCDateTime)
    valid_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ParentLinkRow(Base):
    """This unit's parent (one row, id 1): whose directory we joined, and its recovery key."""

    __tablename__ = "parent_link"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    parent_code: Mapped[str] = mapped_column(String(40))
    recovery_key: Mapped[str | None] = mapped_column(String(80))
    directory_created_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class SequenceRow(Base):
    """The outgoing sequence number of this unit (committed before a package is written)."""

    __tablename__ = "outgoing_sequence"

    unit_code: Mapped[str] = mapped_column(String(40), primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


class LedgerRow(Base):
    """Every package accepted here (imported, amended, already imported), in the same
    transaction as its data."""

    __tablename__ = "package_ledger"
    __table_args__ = (Index("ix_package_ledger_sender_seq", "sender_unit", "sequence"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    package_id: Mapped[str] = mapped_column(String(32), unique=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    sender_unit: Mapped[str] = mapped_column(String(40))
    sender_key_id: Mapped[str] = mapped_column(String(16))
    sequence: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    report_uid: Mapped[str | None] = mapped_column(String(64))
    report_revision: Mapped[int | None] = mapped_column(Integer)
    report_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("reports.id", ondelete="RESTRICT")
    )
    verdict: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(String(40), default="")
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    archive_path: Mapped[str] = mapped_column(String(200), default="")
    receipted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class QuarantineRow(Base):
    """A package held for a person's decision (date far off, conflicting duplicate…)."""

    __tablename__ = "quarantine"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    package_id: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(12))
    sender_unit: Mapped[str] = mapped_column(String(40))
    sequence: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    reason: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    archive_path: Mapped[str] = mapped_column(String(200), default="")
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class SentPackageRow(Base):
    """A package this unit wrote (report, enrollment, directory, receipt)."""

    __tablename__ = "sent_packages"

    package_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))
    sequence: Mapped[int] = mapped_column(Integer)
    recipient_unit: Mapped[str | None] = mapped_column(String(40))
    report_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("reports.id", ondelete="RESTRICT"), index=True
    )
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ReceiptRow(Base):
    """Receipts issued to children and received from the parent."""

    __tablename__ = "receipts"

    package_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    direction: Mapped[str] = mapped_column(String(10))  # issued | received
    counterpart: Mapped[str] = mapped_column(String(40))
    entries: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
