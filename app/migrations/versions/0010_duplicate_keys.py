"""Placeholder reserved for the duplicate-check work (issue 18); its owner fills it in.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29 22:00:00
"""

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
