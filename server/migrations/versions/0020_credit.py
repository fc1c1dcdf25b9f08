"""Credit 3+1: ratings, limits, holds, collection (issue 22) (placeholder reserved; the owner fills it in).

Revision ID: 0020
Revises: 0019
Create Date: 2026-11-30 01:30:00
"""

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
