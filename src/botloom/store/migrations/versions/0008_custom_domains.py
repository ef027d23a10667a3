"""Custom domains of workspaces, verified through DNS.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 18:44:41.192521
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import botloom.store.types

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "custom_domain",
        sa.Column("name", sa.String(length=253), nullable=False),
        sa.Column("workspace_id", sa.String(length=64), nullable=False),
        sa.Column("verification_token", sa.String(length=64), nullable=False),
        sa.Column("verified_at", botloom.store.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("created_at", botloom.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
            name=op.f("fk_custom_domain_workspace_id_workspace"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_custom_domain")),
    )
    with op.batch_alter_table("custom_domain", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_custom_domain_workspace_id"), ["workspace_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("custom_domain", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_custom_domain_workspace_id"))

    op.drop_table("custom_domain")
