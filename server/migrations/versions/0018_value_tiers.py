"""Computed value tiers (issue 19) (placeholder reserved; the owner fills it in).

Revision ID: 0018
Revises: 0017
Create Date: 2026-11-30 01:30:00
"""

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
