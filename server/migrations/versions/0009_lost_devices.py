"""A device an administrator marked lost (issue 17, item 17): `devices.lost_at`.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 09:00:00
"""

import sqlalchemy as sa
from alembic import op

import sync.protocol.types

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        batch.add_column(
            sa.Column("lost_at", sync.protocol.types.UTCDateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        batch.drop_column("lost_at")
