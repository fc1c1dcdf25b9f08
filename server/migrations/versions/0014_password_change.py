"""People managed in the app (issue 26, item 1): `users.must_change_password`.

An administrator creates a person or resets a forgotten password with a one-time password;
until its holder chooses their own, it signs in to nothing but the change of password.
Accounts made before were given their passwords by hand: they keep them (false).

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-29 22:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN, also on SQLite: a batch copy of `users` would break the foreign keys
    # that point at it.
    op.add_column(
        "users",
        sa.Column("must_change_password", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    op.drop_column("users", "must_change_password")
