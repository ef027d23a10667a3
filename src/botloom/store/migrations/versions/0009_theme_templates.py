"""Workspace themes: themes saved in a workspace to apply to its bots.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 18:37:03.212592
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import botloom.store.types

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "theme_template",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("workspace_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "theme",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("created_at", botloom.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", botloom.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
            name=op.f("fk_theme_template_workspace_id_workspace"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_theme_template")),
    )
    with op.batch_alter_table("theme_template", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_theme_template_workspace_id"), ["workspace_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("theme_template", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_theme_template_workspace_id"))
    op.drop_table("theme_template")
