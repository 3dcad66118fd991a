"""Initial schema: units, reports, document numbers, settings.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "units",
        sa.Column("code", sa.String(40), primary_key=True),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column(
            "parent_code",
            sa.String(40),
            sa.ForeignKey("units.code", ondelete="RESTRICT"),
            nullable=True,
        ),
        sa.Column("symbol", sa.String(40), nullable=False, server_default=""),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
    )
    op.create_index("ix_units_parent_code", "units", ["parent_code"])
    op.create_table(
        "reports",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("uid", sa.String(64), nullable=False),
        sa.Column(
            "unit_code",
            sa.String(40),
            sa.ForeignKey("units.code", ondelete="RESTRICT"),
            nullable=False,
        ),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("period", sa.String(12), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("number", sa.String(60), nullable=False, server_default=""),
        sa.Column("title", sa.String(500), nullable=False, server_default=""),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("origin", sa.String(10), nullable=False, server_default="local"),
        sa.Column("created_at", sa.String(32)),
        sa.Column("updated_at", sa.String(32)),
        sa.Column("finalized_at", sa.String(32)),
        sa.Column("sent_at", sa.String(32)),
        sa.Column("acknowledged_at", sa.String(32)),
        sa.UniqueConstraint("uid", "revision", name="uq_reports_uid_revision"),
    )
    op.create_index("ix_reports_uid", "reports", ["uid"])
    op.create_index("ix_reports_unit_kind_period", "reports", ["unit_code", "kind", "period"])
    op.create_table(
        "doc_numbers",
        sa.Column("unit_code", sa.String(40), primary_key=True),
        sa.Column("year", sa.Integer, primary_key=True),
        sa.Column("doc_type", sa.String(8), primary_key=True),
        sa.Column("last", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(80), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for t in ("settings", "doc_numbers", "reports", "units"):
        op.drop_table(t)
