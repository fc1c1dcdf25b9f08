"""JSON columns with TEXT affinity on SQLite (issue 17, item 5).

Declared `JSON`, SQLite gave them NUMERIC affinity: a conflict entry whose lost value was
the number 50 stored the integer 50, which the JSON decoder refused, and every pull that
included it answered 500. Each JSON column is re-declared TEXT and its numbers turned back
into JSON text. PostgreSQL stores JSON as JSON: nothing to do there.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 10:00:00
"""

from alembic import op

from sync.protocol.db import json_column_as_text

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# table -> {column: SQL default that only lets a NOT NULL column be added}
COLUMNS = {
    "customers": {"phones": "'[]'", "tags": "'[]'"},
    "contacts": {"phones": "'[]'"},
    "branch_pools": {"days": "'{}'"},
    "audit_log": {"detail": "'{}'"},
    "conflicts": {"lost_value": "'null'", "kept_value": "'null'"},
    "review_queue": {"changes": "'{}'", "base": "'{}'"},
}


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    for table, columns in COLUMNS.items():
        for column, default in columns.items():
            json_column_as_text(conn, table, column, default)


def downgrade() -> None:
    pass  # TEXT affinity is what JSON should always have had; nothing to undo
