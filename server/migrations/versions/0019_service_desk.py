"""Service desk: complaints, SLA, knowledge base (issue 21) (placeholder reserved; the owner fills it in).

Revision ID: 0019
Revises: 0018
Create Date: 2026-11-30 01:30:00
"""

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
