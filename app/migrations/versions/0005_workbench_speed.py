"""What the workbench needs to stay quick on a branch-sized replica (100,000 customers):
live customers in name order straight off an index, follow-ups by due date, birthdays by
month and day, and a trigram
full-text index over interaction subjects and bodies for search-as-you-type.

The full-text table takes its text from `interactions` (external content) and triggers keep
it in step with every write path: the app's edits, pulled pages, removals.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 15:00:00
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TEXT = "interaction_text"
TRIGGERS = {
    "insert": f"""
        CREATE TRIGGER {TEXT}_ai AFTER INSERT ON interactions BEGIN
            INSERT INTO {TEXT}(rowid, subject, body) VALUES (new.rowid, new.subject, new.body);
        END""",
    "delete": f"""
        CREATE TRIGGER {TEXT}_ad AFTER DELETE ON interactions BEGIN
            INSERT INTO {TEXT}({TEXT}, rowid, subject, body)
            VALUES ('delete', old.rowid, old.subject, old.body);
        END""",
    "update": f"""
        CREATE TRIGGER {TEXT}_au AFTER UPDATE OF subject, body ON interactions BEGIN
            INSERT INTO {TEXT}({TEXT}, rowid, subject, body)
            VALUES ('delete', old.rowid, old.subject, old.body);
            INSERT INTO {TEXT}(rowid, subject, body) VALUES (new.rowid, new.subject, new.body);
        END""",
}


def upgrade() -> None:
    op.execute(
        "CREATE INDEX ix_customers_live_name ON customers (name, id) WHERE deleted_at IS NULL"
    )
    op.execute(
        "CREATE INDEX ix_interactions_next_step_due ON interactions (next_step_due) "
        "WHERE next_step IS NOT NULL AND deleted_at IS NULL"
    )
    op.execute(
        "CREATE INDEX ix_customers_birthday_md ON customers (substr(birthday, 6, 5)) "
        "WHERE birthday IS NOT NULL AND deleted_at IS NULL"
    )
    op.execute(
        f"CREATE VIRTUAL TABLE {TEXT} USING fts5(subject, body, content='interactions', "
        "content_rowid='rowid', tokenize='trigram')"
    )
    op.execute(f"INSERT INTO {TEXT}({TEXT}) VALUES ('rebuild')")
    for sql in TRIGGERS.values():
        op.execute(sql)


def downgrade() -> None:
    for suffix in ("ai", "ad", "au"):
        op.execute(f"DROP TRIGGER {TEXT}_{suffix}")
    op.execute(f"DROP TABLE {TEXT}")
    op.execute("DROP INDEX ix_customers_birthday_md")
    op.execute("DROP INDEX ix_interactions_next_step_due")
    op.execute("DROP INDEX ix_customers_live_name")
