"""Sync state: change counter and epoch, per-device push position, conflict log,
review queue, customer moves.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 13:00:00
"""

import uuid

import sqlalchemy as sa
from alembic import op

import sync.protocol.types

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

AutoId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
When = sync.protocol.types.UTCDateTime(timezone=True)
ENTITY_TABLES = (
    "customers",
    "contacts",
    "relations",
    "interactions",
    "opportunities",
    "tasks",
    "service_requests",
)


def upgrade() -> None:
    counter = op.create_table(
        "sync_counter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.Column("epoch", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_counter")),
    )
    # Rows written before sync existed (version 0) become change number 1, so a first pull sees them.
    for table in ENTITY_TABLES:
        op.execute(f"UPDATE {table} SET version = 1 WHERE version = 0")
    op.bulk_insert(counter, [{"id": 1, "value": 1, "epoch": str(uuid.uuid4())}])
    op.create_table(
        "device_sync",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("last_mutation", sa.BigInteger(), nullable=False),
        sa.Column("last_push_at", When, nullable=True),
        sa.Column("last_pull_at", When, nullable=True),
        sa.ForeignKeyConstraint(
            ["device_id"], ["devices.id"], name=op.f("fk_device_sync_device_id_devices")
        ),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_device_sync")),
    )
    op.create_table(
        "conflicts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=True),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("lost_value", sa.JSON(), nullable=True),
        sa.Column("kept_value", sa.JSON(), nullable=True),
        sa.Column("lost_by", sa.String(length=36), nullable=True),
        sa.Column("kept_by", sa.String(length=36), nullable=True),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("at", When, nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=True),
        sa.Column("seq", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflicts")),
    )
    for column in ("version", "customer_id", "row_id"):
        op.create_index(op.f(f"ix_conflicts_{column}"), "conflicts", [column])
    op.create_table(
        "review_queue",
        sa.Column("id", AutoId, autoincrement=True, nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("op", sa.String(length=16), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("base", sa.JSON(), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("message", sa.String(length=500), nullable=False),
        sa.Column("at", When, nullable=False),
        sa.Column("decided_at", When, nullable=True),
        sa.Column("decided_by", sa.String(length=36), nullable=True),
        sa.Column("decision", sa.String(length=16), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_queue")),
    )
    op.create_index(op.f("ix_review_queue_user_id"), "review_queue", ["user_id"])
    op.create_index(op.f("ix_review_queue_row_id"), "review_queue", ["row_id"])
    op.create_table(
        "customer_moves",
        sa.Column("id", AutoId, autoincrement=True, nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("from_owner", sa.String(length=36), nullable=True),
        sa.Column("from_branch", sa.String(length=36), nullable=True),
        sa.Column("to_owner", sa.String(length=36), nullable=True),
        sa.Column("to_branch", sa.String(length=36), nullable=True),
        sa.Column("by_user", sa.String(length=36), nullable=True),
        sa.Column("reason", sa.String(length=500), nullable=True),
        sa.Column("at", When, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_moves")),
    )
    op.create_index(op.f("ix_customer_moves_version"), "customer_moves", ["version"])
    op.create_index(op.f("ix_customer_moves_customer_id"), "customer_moves", ["customer_id"])
    # Scoped pulls walk customers by version within one owner's or branch's customers.
    op.create_index("ix_customers_owner_version", "customers", ["owner_id", "version"])
    op.create_index("ix_customers_branch_version", "customers", ["branch_id", "version"])


def downgrade() -> None:
    op.drop_index("ix_customers_branch_version", "customers")
    op.drop_index("ix_customers_owner_version", "customers")
    for table in ("customer_moves", "review_queue", "conflicts", "device_sync", "sync_counter"):
        op.drop_table(table)
