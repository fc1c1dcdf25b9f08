"""Merging customers (issue 18, item 4): `customers.merged_into_id`.

The archived loser of a merge points at its survivor; a pushed change still aimed at the
loser is applied to the survivor (server/sync/push.py). Nothing to fill in: no customer
was merged before.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-29 22:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("customers") as batch:
        batch.add_column(sa.Column("merged_into_id", sa.String(length=36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("customers") as batch:
        batch.drop_column("merged_into_id")
