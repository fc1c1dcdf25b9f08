"""Pool rules (issue 23, item 2): a daily claim cap per rep, a cap on customers owned, a ban on
the former owner reclaiming, and a reminder before a return. NULL: no such rule.

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-29 23:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

COLUMNS = ("daily_claims", "max_owned", "reclaim_ban_days", "remind_days")


def upgrade() -> None:
    for column in COLUMNS:  # plain ADD COLUMNs (nullable), on SQLite and PostgreSQL alike
        op.add_column("branch_pools", sa.Column(column, sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("branch_pools") as batch:
        for column in reversed(COLUMNS):
            batch.drop_column(column)
