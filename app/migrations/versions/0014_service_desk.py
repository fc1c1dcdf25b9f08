"""Service desk on the replica (issue 21) (placeholder reserved; the owner fills it in).

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-30 01:30:00
"""

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
