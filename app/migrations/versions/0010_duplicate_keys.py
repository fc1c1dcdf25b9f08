"""Duplicate-check keys of customers (issue 18, item 3): `duplicate_keys`, one row per key
(`sync.protocol.dedupe`: phone, registration number, e-mail, company or person name), found
by (tag, value) off the primary key, so the form's check while typing stays quick on a
100,000-customer replica. Filled here for the customers already in the replica.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29 22:00:00
"""

import json

import sqlalchemy as sa
from alembic import op

from sync.protocol.dedupe import customer_keys

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def _list(raw: object) -> list[str]:
    if isinstance(raw, str):
        try:
            value = json.loads(raw)
        except ValueError:
            return []
        return [str(v) for v in value] if isinstance(value, list) else []
    return []


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
    customers = conn.execute(
        sa.text("SELECT id, kind, name, phones, email, registration_no FROM customers")
    )
    rows = [
        {"tag": tag, "value": value, "id": c.id}
        for c in customers
        for tag, value in customer_keys(c.kind, c.name, _list(c.phones), c.email, c.registration_no)
    ]
    if rows:
        conn.execute(
            sa.text(
                "INSERT OR IGNORE INTO duplicate_keys (tag, value, customer_id)"
                " VALUES (:tag, :value, :id)"
            ),
            rows,
        )


def downgrade() -> None:
    op.drop_index(op.f("ix_duplicate_keys_customer_id"), table_name="duplicate_keys")
    op.drop_table("duplicate_keys")
