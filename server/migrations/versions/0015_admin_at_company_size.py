"""The review queue and the audit log at company size (issue 26, item 5): indexes for pages
taken by key (newest or oldest first) under each filter, so the first page and a filtered page
answer quickly with 1,000,000 audit entries and 50,000 review items (`python -m bench.admin`).

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-29 23:00:00
"""

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_audit_log_action_id", "audit_log", ["action", "id"]),
    ("ix_audit_log_user_id_id", "audit_log", ["user_id", "id"]),
    ("ix_review_queue_decided_id", "review_queue", ["decided_at", "id"]),
    ("ix_review_queue_user_decided_id", "review_queue", ["user_id", "decided_at", "id"]),
    ("ix_review_queue_entity_decided_id", "review_queue", ["entity", "decided_at", "id"]),
    ("ix_review_queue_reason_decided_id", "review_queue", ["reason", "decided_at", "id"]),
    ("ix_review_queue_decided_at_at", "review_queue", ["decided_at", "at"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
