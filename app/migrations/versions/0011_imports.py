"""Imports (issue 18, item 1): replica-only tables of import batches, the rows each created or
changed (so "Undo import" removes and restores exactly those), and column mappings
remembered per header set.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-29 22:00:00
"""

import sqlalchemy as sa
from alembic import op

import sync.protocol.types

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

When = sync.protocol.types.UTCDateTime(timezone=True)
Json = sync.protocol.types.JSONText()


def upgrade() -> None:
    op.create_table(
        "import_batches",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("started_at", When, nullable=False),
        sa.Column("finished_at", When, nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("summary", Json, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batches")),
    )
    op.create_table(
        "import_items",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("op", sa.String(length=8), nullable=False),
        sa.Column("before", Json, nullable=False),
        sa.Column("after", Json, nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_import_items")),
    )
    op.create_index(op.f("ix_import_items_batch_id"), "import_items", ["batch_id"])
    op.create_table(
        "import_mappings",
        sa.Column("header_key", sa.String(length=64), nullable=False),
        sa.Column("headers", Json, nullable=False),
        sa.Column("mapping", Json, nullable=False),
        sa.Column("used_at", When, nullable=False),
        sa.PrimaryKeyConstraint("header_key", name=op.f("pk_import_mappings")),
    )


def downgrade() -> None:
    op.drop_table("import_mappings")
    op.drop_index(op.f("ix_import_items_batch_id"), table_name="import_items")
    op.drop_table("import_items")
    op.drop_table("import_batches")
