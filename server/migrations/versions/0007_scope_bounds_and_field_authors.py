"""What each device has been told of scope moves, and who wrote each field's value
(issue 17, items 2 and 13).

`device_sync.known_version`: a former owner's offline updates pass only until their device
is told of the move. Devices that synced before this revision are taken to know every move
made so far (the counter's value): their edits of customers that left before the upgrade go
to the review queue instead of being applied; nothing is lost, and no device keeps the old
unbounded grace.

`field_authors`: the author of each field value a push writes. Rows edited before it
existed get a `"*"` entry with their last editor (the best the old data knows), so a
conflict on them names whom it named before; fields written from now on name their author.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 16:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

ENTITY_TABLES = {
    "customer": "customers",
    "contact": "contacts",
    "relation": "relations",
    "interaction": "interactions",
    "opportunity": "opportunities",
    "task": "tasks",
    "service_request": "service_requests",
}


def upgrade() -> None:
    with op.batch_alter_table("device_sync") as batch:
        batch.add_column(sa.Column("known_version", sa.BigInteger(), nullable=True))
    op.execute(
        "UPDATE device_sync SET known_version = "
        "(SELECT value FROM sync_counter WHERE sync_counter.id = 1)"
    )
    op.create_table(
        "field_authors",
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("user_id", sa.String(36), nullable=True),
        sa.PrimaryKeyConstraint("entity", "row_id", "field", name=op.f("pk_field_authors")),
    )
    for entity, table in ENTITY_TABLES.items():
        op.execute(
            f"INSERT INTO field_authors (entity, row_id, field, user_id) "
            f"SELECT '{entity}', id, '*', updated_by FROM {table} "
            "WHERE updated_by IS NOT NULL AND (created_by IS NULL OR updated_by <> created_by)"
        )


def downgrade() -> None:
    op.drop_table("field_authors")
    with op.batch_alter_table("device_sync") as batch:
        batch.drop_column("known_version")
