"""Sign-in attempts counted before the password is checked, per username and per address,
and refresh-token reuse detection (issue 17, items 7 and 11).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 09:00:00
"""

import sqlalchemy as sa
from alembic import op

import sync.protocol.types

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "login_throttle",
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("locked_until", sync.protocol.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sync.protocol.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_login_throttle")),
    )
    with op.batch_alter_table("auth_sessions") as batch:
        batch.add_column(sa.Column("previous_refresh_hash", sa.String(64), nullable=True))
    op.create_index(
        op.f("ix_auth_sessions_previous_refresh_hash"), "auth_sessions", ["previous_refresh_hash"]
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_auth_sessions_previous_refresh_hash"), "auth_sessions")
    with op.batch_alter_table("auth_sessions") as batch:
        batch.drop_column("previous_refresh_hash")
    op.drop_table("login_throttle")
