"""Computed value tiers (issue 19, item 2): a customer's computed tier and a manager's lock of
its hand-picked one, and the company's tier policy with the standing it last published.

Revision ID: 0018
Revises: 0017
Create Date: 2026-11-30 01:30:00
"""

import sqlalchemy as sa
from alembic import op

import sync.protocol.types

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

When = sync.protocol.types.UTCDateTime(timezone=True)


def upgrade() -> None:
    # Plain ADD COLUMNs, also on SQLite: a batch copy of `customers` would break the foreign
    # keys that point at it (as 0014 did for users).
    op.add_column("customers", sa.Column("computed_tier", sa.String(length=16), nullable=True))
    op.add_column(
        "customers",
        sa.Column("tier_locked", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "tier_policy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("policy", sync.protocol.types.JSONText(), nullable=False),
        sa.Column("standing", sync.protocol.types.JSONText(), nullable=True),
        sa.Column("updated_at", When, nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tier_policy")),
    )


def downgrade() -> None:
    op.drop_table("tier_policy")
    op.drop_column("customers", "tier_locked")
    op.drop_column("customers", "computed_tier")
