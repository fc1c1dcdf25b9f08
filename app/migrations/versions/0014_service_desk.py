"""Service desk on the replica (issue 21): SLA clock and complaint fields on service
requests; business-hours calendars, SLA targets and knowledge-base articles.

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-30 01:30:00
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

import sync.protocol.types

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

When = sync.protocol.types.UTCDateTime(timezone=True)
ID = sa.String(length=36)
JSON = sync.protocol.types.JSONText()
REQUEST_COLUMNS = (
    ("opened_at", When),
    ("response_due_at", When),
    ("sla_warn_at", When),
    ("resolved_at", When),
    ("category", sa.String(length=100)),
    ("severity", sa.String(length=16)),
    ("customer_words", sa.Text()),
)
TABLES = ("service_calendars", "sla_targets", "knowledge_articles")


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


def upgrade() -> None:
    for name, kind in REQUEST_COLUMNS:
        op.add_column("service_requests", sa.Column(name, kind, nullable=True))
    op.create_table(
        "service_calendars",
        sa.Column("branch_id", ID, nullable=True),
        sa.Column("opens", sa.String(length=5), nullable=False),
        sa.Column("closes", sa.String(length=5), nullable=False),
        sa.Column("workdays", JSON, nullable=False),
        sa.Column("holidays", JSON, nullable=False),
        sa.Column("utc_offset_minutes", sa.Integer(), nullable=False),
        sa.Column("warn_percent", sa.Integer(), nullable=False),
        sa.Column("return_visit_days", sa.Integer(), nullable=False),
        *_sync_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_calendars")),
    )
    op.create_table(
        "sla_targets",
        sa.Column("branch_id", ID, nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("priority", sa.String(length=16), nullable=False),
        sa.Column("tier", sa.String(length=16), nullable=True),
        sa.Column("response_minutes", sa.Integer(), nullable=True),
        sa.Column("resolution_minutes", sa.Integer(), nullable=False),
        *_sync_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sla_targets")),
    )
    op.create_table(
        "knowledge_articles",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("problem", sa.Text(), nullable=True),
        sa.Column("solution", sa.Text(), nullable=True),
        sa.Column("tags", JSON, nullable=False),
        sa.Column("product_line", sa.String(length=100), nullable=True),
        sa.Column("author_id", ID, nullable=True),
        sa.Column("published", sa.Boolean(), nullable=False),
        sa.Column("source_request_id", ID, nullable=True),
        *_sync_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_knowledge_articles")),
    )
    for table in TABLES:
        op.create_index(f"ix_{table}_version_id", table, ["version", "id"])


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_table(table)
    with op.batch_alter_table("service_requests") as batch:
        for name, _kind in reversed(REQUEST_COLUMNS):
            batch.drop_column(name)
