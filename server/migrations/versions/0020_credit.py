"""Credit 3+1 (issue 22) on the server: credit profiles (rating, limit, terms, hold, next
review; one per customer, id = the customer's) and credit assessments, both customer
children; and, on the server only, the collection job's tasks. New tables, nothing to fill
in; a contract's new status "held" needs no column.

Revision ID: 0020
Revises: 0019
Create Date: 2026-11-30 01:30:00
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

import sync.protocol.types

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

When = sync.protocol.types.UTCDateTime(timezone=True)
ID = sa.String(length=36)
TABLES = ("credit_profiles", "credit_assessments")


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


def upgrade() -> None:
    op.create_table(
        "credit_profiles",
        *_customer("credit_profiles"),
        sa.Column("rating", sa.String(length=3), nullable=True),
        sa.Column("credit_limit", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("terms_days", sa.Integer(), nullable=False),
        sa.Column("on_hold", sa.Boolean(), nullable=False),
        sa.Column("hold_reason", sa.String(length=300), nullable=True),
        sa.Column("next_review", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        *_sync_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credit_profiles")),
    )
    op.create_table(
        "credit_assessments",
        *_customer("credit_assessments"),
        sa.Column("assessed_on", sa.Date(), nullable=True),
        sa.Column("assessor_id", ID, nullable=True),
        sa.Column("rating", sa.String(length=3), nullable=False),
        sa.Column("registered_capital", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("years_in_business", sa.Integer(), nullable=True),
        sa.Column("payment_record", sa.String(length=300), nullable=True),
        sa.Column("external_report", sa.String(length=200), nullable=True),
        sa.Column("next_review", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        *_sync_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credit_assessments")),
    )
    for table in TABLES:
        op.create_index(f"ix_{table}_version_id", table, ["version", "id"])
        op.create_index(f"ix_{table}_customer_id", table, ["customer_id", "version"])
    op.create_table(  # server only: the collection job's tasks (server.collection)
        "collection_tasks",
        sa.Column("contract_id", ID, nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("task_id", ID, nullable=False),
        sa.Column("customer_id", ID, nullable=False),
        sa.Column("created_at", When, nullable=False),
        sa.Column("closed_at", When, nullable=True),
        sa.PrimaryKeyConstraint("contract_id", "level", name=op.f("pk_collection_tasks")),
    )
    op.create_index(op.f("ix_collection_tasks_customer_id"), "collection_tasks", ["customer_id"])


def downgrade() -> None:
    op.drop_table("collection_tasks")
    for table in reversed(TABLES):
        op.drop_table(table)
