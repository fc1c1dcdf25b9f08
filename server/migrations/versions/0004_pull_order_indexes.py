"""Indexes in pull order, (change number, id), on every synced table, the conflict log;
the customers' scope indexes extended by id, so a page is an index range, not a sort; and
children by (customer, change number), so counting a scope for verification reads no rows.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 14:00:00
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TABLES = (
    "customers",
    "contacts",
    "relations",
    "interactions",
    "opportunities",
    "tasks",
    "service_requests",
    "conflicts",
)
CHILDREN = ("contacts", "relations", "opportunities", "tasks", "service_requests", "conflicts")
SCOPES = {"owner": "owner_id", "branch": "branch_id"}
HISTORY = "ix_interactions_customer_when"


def upgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ix_{table}_version", table)
        op.create_index(f"ix_{table}_version_id", table, ["version", "id"])
    for name, column in SCOPES.items():
        op.drop_index(f"ix_customers_{name}_version", "customers")
        op.create_index(f"ix_customers_{name}_version", "customers", [column, "version", "id"])
    for table in CHILDREN:
        op.drop_index(f"ix_{table}_customer_id", table)
        op.create_index(f"ix_{table}_customer_id", table, ["customer_id", "version"])
    op.drop_index(HISTORY, "interactions")
    op.create_index(HISTORY, "interactions", ["customer_id", "occurred_at", "version"])


def downgrade() -> None:
    op.drop_index(HISTORY, "interactions")
    op.create_index(HISTORY, "interactions", ["customer_id", "occurred_at"])
    for table in CHILDREN:
        op.drop_index(f"ix_{table}_customer_id", table)
        op.create_index(f"ix_{table}_customer_id", table, ["customer_id"])
    for name, column in SCOPES.items():
        op.drop_index(f"ix_customers_{name}_version", "customers")
        op.create_index(f"ix_customers_{name}_version", "customers", [column, "version"])
    for table in TABLES:
        op.drop_index(f"ix_{table}_version_id", table)
        op.create_index(f"ix_{table}_version", table, ["version"])
