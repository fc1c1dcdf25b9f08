"""Computed value tiers on the replica (issue 19) (placeholder reserved; the owner fills it in).

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30 01:30:00
"""

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
