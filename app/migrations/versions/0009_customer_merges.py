"""Merging customers (issue 18, item 4): `customers.merged_into_id` and the replica's merges.

The archived loser of a merge points at its survivor (shared with the server). Each merge made
on this replica is kept in `customer_merges` (replica-only: what it changed, so "Undo merge"
can put everything back, also after a sync).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29 22:00:00
"""

import sqlalchemy as sa
from alembic import op

import sync.protocol.types

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

When = sync.protocol.types.UTCDateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("customers") as batch:
        batch.add_column(sa.Column("merged_into_id", sa.String(length=36), nullable=True))
    op.create_table(
        "customer_merges",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("survivor_id", sa.String(length=36), nullable=False),
        sa.Column("loser_id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=True),
        sa.Column("merged_at", When, nullable=False),
        sa.Column("undone_at", When, nullable=True),
        sa.Column("record", sync.protocol.types.JSONText(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_merges")),
    )
    op.create_index(op.f("ix_customer_merges_survivor_id"), "customer_merges", ["survivor_id"])
    op.create_index(op.f("ix_customer_merges_loser_id"), "customer_merges", ["loser_id"])


def downgrade() -> None:
    op.drop_table("customer_merges")
    with op.batch_alter_table("customers") as batch:
        batch.drop_column("merged_into_id")
