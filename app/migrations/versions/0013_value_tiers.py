"""Computed value tiers on the replica (issue 19, item 2): a customer's computed tier and a
manager's lock of its hand-picked one (the policy itself is kept in `meta`).

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30 01:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs: a batch copy of `customers` would break the keys that point at it.
    op.add_column("customers", sa.Column("computed_tier", sa.String(length=16), nullable=True))
    op.add_column(
        "customers",
        sa.Column("tier_locked", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    op.drop_column("customers", "tier_locked")
    op.drop_column("customers", "computed_tier")
