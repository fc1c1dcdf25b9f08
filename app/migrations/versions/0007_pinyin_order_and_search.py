"""Search and order for Chinese users (issue 16, item 7).

- `customers.sort_key` / `city_key`: pinyin sort keys of the name and the city
  (`app.search_keys.sort_key`), with a partial index so the list in name order is read
  straight off it, as quickly as the code-point order before.
- Customer search keys computed again: people's surnames searchable as surnames (zeng for
  曾), full-width letters as ASCII.
- `contact_search`: contacts found by pinyin and initials like customers.
- `interaction_text` indexes outcomes and next steps too.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 10:00:00
"""

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

from app.search_keys import customer_keys, sort_key

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TEXT = "interaction_text"
COLUMNS = ("subject", "body", "outcome", "next_step")
BEFORE = ("subject", "body")  # what 0005 indexed


def _text_index(columns: tuple[str, ...]) -> None:
    """(Re)create the trigram index over these columns of interactions, filled and kept up
    to date by triggers (as app.interaction_text keeps them)."""
    names = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    for suffix in ("ai", "ad", "au"):
        op.execute(f"DROP TRIGGER IF EXISTS {TEXT}_{suffix}")
    op.execute(f"DROP TABLE IF EXISTS {TEXT}")
    op.execute(
        f"CREATE VIRTUAL TABLE {TEXT} USING fts5({names}, content='interactions', "
        "content_rowid='rowid', tokenize='trigram')"
    )
    op.execute(f"INSERT INTO {TEXT}({TEXT}) VALUES ('rebuild')")
    op.execute(
        f"""CREATE TRIGGER {TEXT}_ai AFTER INSERT ON interactions BEGIN
            INSERT INTO {TEXT}(rowid, {names}) VALUES (new.rowid, {new});
        END"""
    )
    op.execute(
        f"""CREATE TRIGGER {TEXT}_ad AFTER DELETE ON interactions BEGIN
            INSERT INTO {TEXT}({TEXT}, rowid, {names}) VALUES ('delete', old.rowid, {old});
        END"""
    )
    op.execute(
        f"""CREATE TRIGGER {TEXT}_au AFTER UPDATE OF {names} ON interactions BEGIN
            INSERT INTO {TEXT}({TEXT}, rowid, {names}) VALUES ('delete', old.rowid, {old});
            INSERT INTO {TEXT}(rowid, {names}) VALUES (new.rowid, {new});
        END"""
    )


def upgrade() -> None:
    conn = op.get_bind()
    op.execute("ALTER TABLE customers ADD COLUMN sort_key TEXT")
    op.execute("ALTER TABLE customers ADD COLUMN city_key TEXT")
    customers = conn.execute(sa.text("SELECT id, kind, name, city, phones, email FROM customers"))
    keys, sorting = [], []
    for row in customers:
        person = row.kind == "person"
        name = row.name or ""
        keys.append(
            {"id": row.id, "keys": customer_keys(name, _list(row.phones), row.email, person=person)}
        )
        sorting.append(
            {"id": row.id, "name": sort_key(name, person=person), "city": sort_key(row.city)}
        )
    if sorting:
        conn.execute(
            sa.text("UPDATE customers SET sort_key = :name, city_key = :city WHERE id = :id"),
            sorting,
        )
        conn.execute(
            sa.text(
                "INSERT OR REPLACE INTO customer_search (customer_id, keys) VALUES (:id, :keys)"
            ),
            keys,
        )
    op.execute(
        "CREATE INDEX ix_customers_live_sort_key ON customers (sort_key, id) "
        "WHERE deleted_at IS NULL"
    )

    op.create_table(
        "contact_search",
        sa.Column("contact_id", sa.String(length=36), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("keys", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("contact_id", name=op.f("pk_contact_search")),
    )
    op.create_index(
        op.f("ix_contact_search_customer_id"), "contact_search", ["customer_id"], unique=False
    )
    contacts = conn.execute(sa.text("SELECT id, customer_id, name, phones, email FROM contacts"))
    rows = [
        {
            "id": c.id,
            "customer": c.customer_id,
            "keys": customer_keys(c.name or "", _list(c.phones), c.email, person=True),
        }
        for c in contacts
    ]
    if rows:
        conn.execute(
            sa.text(
                "INSERT INTO contact_search (contact_id, customer_id, keys)"
                " VALUES (:id, :customer, :keys)"
            ),
            rows,
        )

    _text_index(COLUMNS)


def _list(raw: Any) -> list[str]:
    """JSON text in the column, or a list where the driver decoded it already."""
    values = json.loads(raw) if isinstance(raw, str) else raw
    return [str(value) for value in values or []]


def downgrade() -> None:
    _text_index(BEFORE)
    op.drop_index(op.f("ix_contact_search_customer_id"), table_name="contact_search")
    op.drop_table("contact_search")
    op.execute("DROP INDEX ix_customers_live_sort_key")
    op.execute("ALTER TABLE customers DROP COLUMN city_key")
    op.execute("ALTER TABLE customers DROP COLUMN sort_key")
