"""Managers of several branches, what offboarding records on the leaver (successor, date),
and branch customer pools.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 16:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "managed_branches",
        sa.Column("user_id", sa.String(36), nullable=False),
        sa.Column("branch_id", sa.String(36), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_managed_branches_user_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["branches.id"], name=op.f("fk_managed_branches_branch_id_branches")
        ),
        sa.PrimaryKeyConstraint("user_id", "branch_id", name=op.f("pk_managed_branches")),
    )
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("successor_id", sa.String(36), nullable=True))
        batch.add_column(sa.Column("left_at", sa.DateTime(timezone=True), nullable=True))
        batch.create_foreign_key(
            op.f("fk_users_successor_id_users"), "users", ["successor_id"], ["id"]
        )
    op.create_index(op.f("ix_review_queue_decided_at"), "review_queue", ["decided_at"])
    op.create_table(
        "branch_pools",
        sa.Column("branch_id", sa.String(36), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("days", sa.JSON(), nullable=False),
        sa.Column("swept_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["branches.id"], name=op.f("fk_branch_pools_branch_id_branches")
        ),
        sa.PrimaryKeyConstraint("branch_id", name=op.f("pk_branch_pools")),
    )


def downgrade() -> None:
    op.drop_table("branch_pools")
    op.drop_index(op.f("ix_review_queue_decided_at"), "review_queue")
    with op.batch_alter_table("users") as batch:
        batch.drop_constraint(op.f("fk_users_successor_id_users"), type_="foreignkey")
        batch.drop_column("left_at")
        batch.drop_column("successor_id")
    op.drop_table("managed_branches")
