"""Exchange: trust registry, parent link, outgoing sequence, package ledger, quarantine,
sent packages, receipts.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_TS = sa.String(32)


def upgrade() -> None:
    op.create_table(
        "trust_keys",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("unit_code", sa.String(40), nullable=False),
        sa.Column("key_id", sa.String(16), nullable=False),
        sa.Column("signing_key", sa.String(44), nullable=False),
        sa.Column("encryption_key", sa.String(80), nullable=False),
        sa.Column("fingerprint", sa.String(40), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("source", sa.String(12), nullable=False),
        sa.Column("valid_from", _TS),
        sa.Column("valid_until", _TS),
        sa.Column("confirmed_at", _TS),
        sa.UniqueConstraint("unit_code", "key_id", name="uq_trust_keys_unit_key"),
    )
    op.create_index("ix_trust_keys_unit_code", "trust_keys", ["unit_code"])
    op.create_table(
        "parent_link",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("parent_code", sa.String(40), nullable=False),
        sa.Column("recovery_key", sa.String(80)),
        sa.Column("directory_created_at", _TS),
        sa.Column("updated_at", _TS),
    )
    op.create_table(
        "outgoing_sequence",
        sa.Column("unit_code", sa.String(40), primary_key=True),
        sa.Column("last", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "package_ledger",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("package_id", sa.String(32), nullable=False, unique=True),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("sender_unit", sa.String(40), nullable=False),
        sa.Column("sender_key_id", sa.String(16), nullable=False),
        sa.Column("sequence", sa.Integer, nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("report_uid", sa.String(64)),
        sa.Column("report_revision", sa.Integer),
        sa.Column(
            "report_id", sa.Integer, sa.ForeignKey("reports.id", ondelete="RESTRICT"), nullable=True
        ),
        sa.Column("verdict", sa.String(20), nullable=False),
        sa.Column("reason", sa.String(40), nullable=False, server_default=""),
        sa.Column("received_at", _TS, nullable=False),
        sa.Column("archive_path", sa.String(200), nullable=False, server_default=""),
        sa.Column("receipted_at", _TS),
    )
    op.create_index("ix_package_ledger_sha256", "package_ledger", ["sha256"])
    op.create_index("ix_package_ledger_sender_seq", "package_ledger", ["sender_unit", "sequence"])
    op.create_table(
        "quarantine",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("package_id", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("sender_unit", sa.String(40), nullable=False),
        sa.Column("sequence", sa.Integer, nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("reason", sa.String(40), nullable=False),
        sa.Column("detail", sa.Text, nullable=False, server_default=""),
        sa.Column("received_at", _TS, nullable=False),
        sa.Column("archive_path", sa.String(200), nullable=False, server_default=""),
        sa.Column("resolved_at", _TS),
    )
    op.create_table(
        "sent_packages",
        sa.Column("package_id", sa.String(32), primary_key=True),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("sequence", sa.Integer, nullable=False),
        sa.Column("recipient_unit", sa.String(40)),
        sa.Column(
            "report_id", sa.Integer, sa.ForeignKey("reports.id", ondelete="RESTRICT"), nullable=True
        ),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("acknowledged_at", _TS),
    )
    op.create_index("ix_sent_packages_report_id", "sent_packages", ["report_id"])
    op.create_table(
        "receipts",
        sa.Column("package_id", sa.String(32), primary_key=True),
        sa.Column("direction", sa.String(10), nullable=False),
        sa.Column("counterpart", sa.String(40), nullable=False),
        sa.Column("entries", sa.Integer, nullable=False),
        sa.Column("created_at", _TS, nullable=False),
    )


def downgrade() -> None:
    for t in (
        "receipts",
        "sent_packages",
        "quarantine",
        "package_ledger",
        "outgoing_sequence",
        "parent_link",
        "trust_keys",
    ):
        op.drop_table(t)
