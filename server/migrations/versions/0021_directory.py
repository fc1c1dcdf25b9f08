"""Directory sign-in (issue 26, item 6) (placeholder reserved; the owner fills it in).

Revision ID: 0021
Revises: 0020
Create Date: 2026-11-30 01:50:00
"""

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
