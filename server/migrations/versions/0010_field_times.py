"""When each field value was made (issue 17, item 12): `field_authors.written_at`.

After a restore, devices re-send their acknowledged changes in the order they reconnect; the
server applies a re-sent field only if it was made later than the value it holds, so the
result is the state before the restore whatever that order. Values already stored have no
time: like values restored from a backup, every re-sent change is later than them.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 09:00:00
"""

import sqlalchemy as sa
from alembic import op

import sync.protocol.types

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("field_authors") as batch:
        batch.add_column(
            sa.Column("written_at", sync.protocol.types.UTCDateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("field_authors") as batch:
        batch.drop_column("written_at")
