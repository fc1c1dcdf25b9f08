"""Customer search keys (pinyin, phone digits), filled in for existing customers.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 09:30:00
"""

import json

import sqlalchemy as sa
from alembic import op

from app.search_keys import customer_keys

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "customer_search",
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("keys", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("customer_id", name=op.f("pk_customer_search")),
    )
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, name, phones, email FROM customers")).all()
    if rows:
        conn.execute(
            sa.text("INSERT INTO customer_search (customer_id, keys) VALUES (:id, :keys)"),
            [{"id": r.id, "keys": customer_keys(r.name, _phones(r.phones), r.email)} for r in rows],
        )


def _phones(raw: str | list[str] | None) -> list[str]:
    """JSON text in the column, or a list where the driver decoded it already."""
    phones = json.loads(raw) if isinstance(raw, str) else raw
    return [str(phone) for phone in phones or []]


def downgrade() -> None:
    op.drop_table("customer_search")
