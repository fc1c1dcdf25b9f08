"""Duplicate-check keys of customers (issue 18, item 3): `duplicate_keys`, one row per key
(`sync.protocol.dedupe`: phone, registration number, e-mail, company or person name), found
by (tag, value) off the primary key, so a check across 1,000,000 customers stays quick.
Filled here for the customers already stored, a page at a time.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-29 22:00:00
"""

import json

import sqlalchemy as sa
from alembic import op

from sync.protocol.dedupe import customer_keys

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

PAGE = 5000


def _list(raw: object) -> list[str]:
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except ValueError:
            return []
    return [str(v) for v in raw] if isinstance(raw, list) else []


def upgrade() -> None:
    op.create_table(
        "duplicate_keys",
        sa.Column("tag", sa.String(length=8), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("tag", "value", "customer_id", name=op.f("pk_duplicate_keys")),
    )
    op.create_index(
        op.f("ix_duplicate_keys_customer_id"), "duplicate_keys", ["customer_id"], unique=False
    )
    conn = op.get_bind()
    insert = sa.text(
        "INSERT INTO duplicate_keys (tag, value, customer_id) VALUES (:tag, :value, :id)"
    )
    after = ""
    while True:
        page = conn.execute(
            sa.text(
                "SELECT id, kind, name, phones, email, registration_no FROM customers"
                " WHERE id > :after ORDER BY id LIMIT :page"
            ),
            {"after": after, "page": PAGE},
        ).all()
        if not page:
            break
        rows = [
            {"tag": tag, "value": value, "id": c.id}
            for c in page
            for tag, value in customer_keys(
                c.kind, c.name, _list(c.phones), c.email, c.registration_no
            )
        ]
        if rows:
            conn.execute(insert, rows)
        after = page[-1].id


def downgrade() -> None:
    op.drop_index(op.f("ix_duplicate_keys_customer_id"), table_name="duplicate_keys")
    op.drop_table("duplicate_keys")
