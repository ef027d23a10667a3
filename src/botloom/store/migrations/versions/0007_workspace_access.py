"""Workspaces: per-bot collaborators, invitations by email, and the audit log.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 13:39:55.920995
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import botloom.store.types

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("workspace_id", sa.String(length=64), nullable=False),
        sa.Column("actor_id", sa.String(length=64), nullable=True),
        sa.Column("actor_email", sa.String(length=320), nullable=True),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("target_type", sa.String(length=32), nullable=False),
        sa.Column("target_id", sa.String(length=200), nullable=True),
        sa.Column(
            "details",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column("created_at", botloom.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["user.id"],
            name=op.f("fk_audit_event_actor_id_user"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index(
            "ix_audit_event_workspace_id_id", ["workspace_id", "id"], unique=False
        )

    op.create_table(
        "workspace_invitation",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("workspace_id", sa.String(length=64), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column(
            "role",
            sa.Enum("ADMIN", "MEMBER", "GUEST", name="workspacerole", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("invited_by_id", sa.String(length=64), nullable=True),
        sa.Column("created_at", botloom.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", botloom.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["invited_by_id"],
            ["user.id"],
            name=op.f("fk_workspace_invitation_invited_by_id_user"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
            name=op.f("fk_workspace_invitation_workspace_id_workspace"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workspace_invitation")),
        sa.UniqueConstraint(
            "workspace_id", "email", name=op.f("uq_workspace_invitation_workspace_id")
        ),
    )
    with op.batch_alter_table("workspace_invitation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_workspace_invitation_email"), ["email"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_workspace_invitation_workspace_id"), ["workspace_id"], unique=False
        )

    op.create_table(
        "collaborator_on_typebot",
        sa.Column("typebot_id", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.String(length=64), nullable=False),
        sa.Column(
            "type",
            sa.Enum("READ", "WRITE", name="collaborationtype", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("created_at", botloom.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", botloom.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["typebot_id"],
            ["typebot.id"],
            name=op.f("fk_collaborator_on_typebot_typebot_id_typebot"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["user.id"],
            name=op.f("fk_collaborator_on_typebot_user_id_user"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("typebot_id", "user_id", name=op.f("pk_collaborator_on_typebot")),
    )
    with op.batch_alter_table("collaborator_on_typebot", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_collaborator_on_typebot_user_id"), ["user_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("collaborator_on_typebot", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_collaborator_on_typebot_user_id"))

    op.drop_table("collaborator_on_typebot")
    with op.batch_alter_table("workspace_invitation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_workspace_invitation_workspace_id"))
        batch_op.drop_index(batch_op.f("ix_workspace_invitation_email"))

    op.drop_table("workspace_invitation")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_event_workspace_id_id")

    op.drop_table("audit_event")
