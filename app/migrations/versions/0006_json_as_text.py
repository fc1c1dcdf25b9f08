"""JSON columns with TEXT affinity (issue 17, item 5).

Declared `JSON`, SQLite gave them NUMERIC affinity: a pulled conflict entry whose lost
value was the number 50 was stored as the integer 50, which the JSON decoder refused when
the record's history was read. Each JSON column is re-declared TEXT and its numbers turned
back into JSON text.

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
    "outbox": {"changes": "'{}'", "base": "'{}'"},
    "meta": {"value": "'null'"},
    "conflicts": {"lost_value": "'null'", "kept_value": "'null'"},
    "rejections": {"changes": "'{}'"},
    "sent": {"changes": "'{}'", "base": "'{}'"},
}


def upgrade() -> None:
    conn = op.get_bind()
    for table, columns in COLUMNS.items():
        for column, default in columns.items():
            json_column_as_text(conn, table, column, default)


def downgrade() -> None:
    pass  # TEXT affinity is what JSON should always have had; nothing to undo
