"""Credit 3+1 on the replica (issue 22) (placeholder reserved; the owner fills it in).

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-30 01:30:00
"""

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
