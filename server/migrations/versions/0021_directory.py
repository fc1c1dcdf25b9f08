"""Directory sign-in (issue 26, item 6): the directory entry a person signs in with. NULL: a
local account with its own password.

Revision ID: 0021
Revises: 0020
Create Date: 2026-11-30 01:50:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: a batch copy of `users` would break the foreign keys on SQLite.
    op.add_column("users", sa.Column("directory_dn", sa.String(length=500), nullable=True))
    op.create_index("ix_users_directory_dn", "users", ["directory_dn"])


def downgrade() -> None:
    op.drop_index("ix_users_directory_dn", table_name="users")
    op.drop_column("users", "directory_dn")
