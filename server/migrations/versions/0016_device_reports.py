"""What each device last reported (issue 26, item 3): client version, edits not yet sent,
replica size, and when; so an administrator sees which laptop is behind and holds unsent work.

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-29 23:00:00
"""

import sqlalchemy as sa
from alembic import op

import sync.protocol.types

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMNs: a batch copy of `devices` would break the keys that point at it
    op.add_column("devices", sa.Column("client_version", sa.String(32), nullable=True))
    op.add_column("devices", sa.Column("pending", sa.Integer(), nullable=True))
    op.add_column("devices", sa.Column("replica_bytes", sa.BigInteger(), nullable=True))
    op.add_column(
        "devices",
        sa.Column("reported_at", sync.protocol.types.UTCDateTime(timezone=True), nullable=True),
    )


def downgrade() -> None:
    for column in ("reported_at", "replica_bytes", "pending", "client_version"):
        op.drop_column("devices", column)
