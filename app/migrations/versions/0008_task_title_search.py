"""Task titles searched off a narrow index (issue 16, item 7).

Ctrl+K matches task titles with LIKE from two characters (a Chinese word; the trigram index
cannot match two). Scanning the tasks table itself cost 20-30 ms a keystroke with 100,000
tasks; this partial index holds only what the search reads (title, done, customer, id) of
live tasks, so the scan reads a fraction of the pages (~10 ms with no match, ~1 ms when
matches are frequent and the scan stops early).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 18:00:00
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE INDEX ix_tasks_live_title ON tasks (title, done, customer_id, id) "
        "WHERE deleted_at IS NULL"
    )


def downgrade() -> None:
    op.execute("DROP INDEX ix_tasks_live_title")
