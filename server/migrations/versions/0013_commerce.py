"""Commerce records (issue 19, item 1): the product catalogue, contracts with their lines,
and payments received. New tables, nothing to fill in.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-29 22:30:00
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

import sync.protocol.types

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

When = sync.protocol.types.UTCDateTime(timezone=True)
ID = sa.String(length=36)
CHILDREN = ("contracts", "contract_lines", "payments")


def _sync_columns() -> list[sa.Column[Any]]:
    return [
        sa.Column("id", ID, nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("created_at", When, nullable=False),
        sa.Column("updated_at", When, nullable=False),
        sa.Column("created_by", ID, nullable=True),
        sa.Column("updated_by", ID, nullable=True),
        sa.Column("deleted_at", When, nullable=True),
    ]


def _customer(table: str) -> list[Any]:
    return [
        sa.Column("customer_id", ID, nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f(f"fk_{table}_customer_id_customers")
        ),
    ]


def _contract(table: str) -> list[Any]:
    return [
        sa.Column("contract_id", ID, nullable=False),
        sa.ForeignKeyConstraint(
            ["contract_id"], ["contracts.id"], name=op.f(f"fk_{table}_contract_id_contracts")
        ),
    ]


def upgrade() -> None:
    op.create_table(
        "products",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("product_line", sa.String(length=100), nullable=True),
        sa.Column("unit", sa.String(length=20), nullable=True),
        sa.Column("list_price", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        *_sync_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_products")),
    )
    op.create_table(
        "contracts",
        *_customer("contracts"),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=True),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("payment_due", sa.Date(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("owner_id", ID, nullable=True),
        sa.Column("opportunity_id", ID, nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        *_sync_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contracts")),
    )
    op.create_table(
        "contract_lines",
        *_customer("contract_lines"),
        *_contract("contract_lines"),
        sa.Column("product_id", ID, nullable=True),
        sa.Column("description", sa.String(length=300), nullable=True),
        sa.Column("quantity", sa.Numeric(precision=14, scale=3), nullable=False),
        sa.Column("unit_price", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("discount", sa.Numeric(precision=5, scale=4), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        *_sync_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract_lines")),
    )
    op.create_table(
        "payments",
        *_customer("payments"),
        *_contract("payments"),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("reference", sa.String(length=100), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        *_sync_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payments")),
    )
    for table in ("products", *CHILDREN):
        op.create_index(f"ix_{table}_version_id", table, ["version", "id"])
    for table in CHILDREN:
        op.create_index(f"ix_{table}_customer_id", table, ["customer_id", "version"])
    for table in ("contract_lines", "payments"):
        op.create_index(f"ix_{table}_contract_id", table, ["contract_id"])


def downgrade() -> None:
    for table in ("payments", "contract_lines", "contracts", "products"):
        op.drop_table(table)
