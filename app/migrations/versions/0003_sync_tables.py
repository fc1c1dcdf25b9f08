"""Pulled conflict log, rejected mutations, and the customer indexes shared with the server.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 13:00:00
"""

import sqlalchemy as sa
from alembic import op

import sync.protocol.types

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

When = sync.protocol.types.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "conflicts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=True),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("lost_value", sa.JSON(), nullable=True),
        sa.Column("kept_value", sa.JSON(), nullable=True),
        sa.Column("lost_by", sa.String(length=36), nullable=True),
        sa.Column("kept_by", sa.String(length=36), nullable=True),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("at", When, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflicts")),
    )
    op.create_index(op.f("ix_conflicts_customer_id"), "conflicts", ["customer_id"])
    op.create_index(op.f("ix_conflicts_row_id"), "conflicts", ["row_id"])
    op.create_table(
        "rejections",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("op", sa.String(length=16), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("message", sa.String(length=500), nullable=False),
        sa.Column("at", When, nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_rejections")),
    )
    op.create_table(
        "sent",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("op", sa.String(length=16), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("base", sa.JSON(), nullable=False),
        sa.Column("created_at", When, nullable=False),
        sa.Column("acked_at", When, nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sent")),
    )
    op.create_index(op.f("ix_sent_acked_at"), "sent", ["acked_at"])
    op.create_index("ix_customers_owner_version", "customers", ["owner_id", "version"])
    op.create_index("ix_customers_branch_version", "customers", ["branch_id", "version"])


def downgrade() -> None:
    op.drop_index("ix_customers_branch_version", "customers")
    op.drop_index("ix_customers_owner_version", "customers")
    op.drop_table("sent")
    op.drop_table("rejections")
    op.drop_table("conflicts")
