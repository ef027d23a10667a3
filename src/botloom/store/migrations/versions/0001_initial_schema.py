"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25 10:34:50.768487
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import botloom.store.types

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "chat_session",
        sa.Column("id", sa.String(length=200), nullable=False),
        sa.Column(
            "state",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("created_at", botloom.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", botloom.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chat_session")),
    )
    with op.batch_alter_table("chat_session", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_chat_session_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "user",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("created_at", botloom.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user")),
        sa.UniqueConstraint("email", name=op.f("uq_user_email")),
    )
    op.create_table(
        "workspace",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("icon", sa.String(length=2000), nullable=True),
        sa.Column(
            "settings",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("is_suspended", sa.Boolean(), nullable=False),
        sa.Column("created_at", botloom.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", botloom.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workspace")),
    )
    op.create_table(
        "api_token",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", botloom.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user.id"], name=op.f("fk_api_token_user_id_user"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_token")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_api_token_token_hash")),
    )
    with op.batch_alter_table("api_token", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_api_token_user_id"), ["user_id"], unique=False)

    op.create_table(
        "credentials",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("workspace_id", sa.String(length=64), nullable=False),
        sa.Column("type", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("iv", sa.String(length=200), nullable=False),
        sa.Column("created_at", botloom.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
            name=op.f("fk_credentials_workspace_id_workspace"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credentials")),
    )
    with op.batch_alter_table("credentials", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_credentials_workspace_id"), ["workspace_id"], unique=False
        )

    op.create_table(
        "folder",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("workspace_id", sa.String(length=64), nullable=False),
        sa.Column("parent_folder_id", sa.String(length=64), nullable=True),
        sa.Column("created_at", botloom.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", botloom.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_folder_id"],
            ["folder.id"],
            name=op.f("fk_folder_parent_folder_id_folder"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
            name=op.f("fk_folder_workspace_id_workspace"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_folder")),
    )
    with op.batch_alter_table("folder", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_folder_parent_folder_id"), ["parent_folder_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_folder_workspace_id"), ["workspace_id"], unique=False)

    op.create_table(
        "member_in_workspace",
        sa.Column("user_id", sa.String(length=64), nullable=False),
        sa.Column("workspace_id", sa.String(length=64), nullable=False),
        sa.Column(
            "role",
            sa.Enum("ADMIN", "MEMBER", "GUEST", name="workspacerole", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("created_at", botloom.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["user.id"],
            name=op.f("fk_member_in_workspace_user_id_user"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
            name=op.f("fk_member_in_workspace_workspace_id_workspace"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", "workspace_id", name=op.f("pk_member_in_workspace")),
    )
    with op.batch_alter_table("member_in_workspace", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_member_in_workspace_workspace_id"), ["workspace_id"], unique=False
        )

    op.create_table(
        "typebot",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("workspace_id", sa.String(length=64), nullable=False),
        sa.Column("folder_id", sa.String(length=64), nullable=True),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("icon", sa.String(length=2000), nullable=True),
        sa.Column("public_id", sa.String(length=200), nullable=True),
        sa.Column("custom_domain", sa.String(length=500), nullable=True),
        sa.Column(
            "content",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "results_table_preferences",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column("selected_theme_template_id", sa.String(length=64), nullable=True),
        sa.Column("whatsapp_credentials_id", sa.String(length=64), nullable=True),
        sa.Column("risk_level", sa.Float(), nullable=True),
        sa.Column("is_archived", sa.Boolean(), nullable=False),
        sa.Column("is_closed", sa.Boolean(), nullable=False),
        sa.Column("published_version_id", sa.String(length=64), nullable=True),
        sa.Column("created_at", botloom.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", botloom.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["folder_id"],
            ["folder.id"],
            name=op.f("fk_typebot_folder_id_folder"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
            name=op.f("fk_typebot_workspace_id_workspace"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_typebot")),
        sa.UniqueConstraint("custom_domain", name=op.f("uq_typebot_custom_domain")),
        sa.UniqueConstraint("public_id", name=op.f("uq_typebot_public_id")),
    )
    with op.batch_alter_table("typebot", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_typebot_folder_id"), ["folder_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_typebot_workspace_id"), ["workspace_id"], unique=False)

    op.create_table(
        "published_version",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("typebot_id", sa.String(length=64), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column(
            "content",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("published_by_id", sa.String(length=64), nullable=True),
        sa.Column("created_at", botloom.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["published_by_id"],
            ["user.id"],
            name=op.f("fk_published_version_published_by_id_user"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["typebot_id"],
            ["typebot.id"],
            name=op.f("fk_published_version_typebot_id_typebot"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_published_version")),
        sa.UniqueConstraint("typebot_id", "number", name=op.f("uq_published_version_typebot_id")),
    )
    # The draft points at its live version and versions point at their bot: the second foreign
    # key of the cycle can only be added once both tables exist.
    with op.batch_alter_table("typebot", schema=None) as batch_op:
        batch_op.create_foreign_key(
            op.f("fk_typebot_published_version_id_published_version"),
            "published_version",
            ["published_version_id"],
            ["id"],
            ondelete="SET NULL",
        )
    op.create_table(
        "result",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("typebot_id", sa.String(length=64), nullable=False),
        sa.Column(
            "variables",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("is_completed", sa.Boolean(), nullable=False),
        sa.Column("has_started", sa.Boolean(), nullable=False),
        sa.Column("is_archived", sa.Boolean(), nullable=False),
        sa.Column("last_chat_session_id", sa.String(length=200), nullable=True),
        sa.Column("created_at", botloom.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", botloom.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["typebot_id"],
            ["typebot.id"],
            name=op.f("fk_result_typebot_id_typebot"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_result")),
    )
    with op.batch_alter_table("result", schema=None) as batch_op:
        batch_op.create_index(
            "ix_result_typebot_created", ["typebot_id", "created_at", "id"], unique=False
        )
        batch_op.create_index(
            "ix_result_typebot_started", ["typebot_id", "has_started", "is_archived"], unique=False
        )

    op.create_table(
        "answer",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("result_id", sa.String(length=64), nullable=False),
        sa.Column("block_id", sa.String(length=64), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column(
            "attached_file_urls",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column("created_at", botloom.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["result_id"],
            ["result.id"],
            name=op.f("fk_answer_result_id_result"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answer")),
    )
    with op.batch_alter_table("answer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_answer_block_id"), ["block_id"], unique=False)
        batch_op.create_index("ix_answer_result_created", ["result_id", "created_at"], unique=False)

    op.create_table(
        "log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("result_id", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("details", sa.Text(), nullable=True),
        sa.Column("context", sa.String(length=200), nullable=True),
        sa.Column("created_at", botloom.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["result_id"], ["result.id"], name=op.f("fk_log_result_id_result"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_log")),
    )
    with op.batch_alter_table("log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_log_result_id"), ["result_id"], unique=False)

    op.create_table(
        "set_variable_history_item",
        sa.Column("result_id", sa.String(length=64), nullable=False),
        sa.Column("index", sa.Integer(), nullable=False),
        sa.Column("variable_id", sa.String(length=64), nullable=False),
        sa.Column("block_id", sa.String(length=64), nullable=False),
        sa.Column("block_index", sa.Integer(), nullable=True),
        sa.Column(
            "value",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["result_id"],
            ["result.id"],
            name=op.f("fk_set_variable_history_item_result_id_result"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("result_id", "index", name=op.f("pk_set_variable_history_item")),
    )
    op.create_table(
        "visited_edge",
        sa.Column("result_id", sa.String(length=64), nullable=False),
        sa.Column("index", sa.Integer(), nullable=False),
        sa.Column("edge_id", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["result_id"],
            ["result.id"],
            name=op.f("fk_visited_edge_result_id_result"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("result_id", "index", name=op.f("pk_visited_edge")),
    )
    with op.batch_alter_table("visited_edge", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visited_edge_edge_id"), ["edge_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("visited_edge", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visited_edge_edge_id"))

    op.drop_table("visited_edge")
    op.drop_table("set_variable_history_item")
    with op.batch_alter_table("log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_log_result_id"))

    op.drop_table("log")
    with op.batch_alter_table("answer", schema=None) as batch_op:
        batch_op.drop_index("ix_answer_result_created")
        batch_op.drop_index(batch_op.f("ix_answer_block_id"))

    op.drop_table("answer")
    with op.batch_alter_table("result", schema=None) as batch_op:
        batch_op.drop_index("ix_result_typebot_started")
        batch_op.drop_index("ix_result_typebot_created")

    op.drop_table("result")
    with op.batch_alter_table("typebot", schema=None) as batch_op:
        batch_op.drop_constraint(
            op.f("fk_typebot_published_version_id_published_version"), type_="foreignkey"
        )
    op.drop_table("published_version")
    with op.batch_alter_table("typebot", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_typebot_workspace_id"))
        batch_op.drop_index(batch_op.f("ix_typebot_folder_id"))

    op.drop_table("typebot")
    with op.batch_alter_table("member_in_workspace", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_member_in_workspace_workspace_id"))

    op.drop_table("member_in_workspace")
    with op.batch_alter_table("folder", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_folder_workspace_id"))
        batch_op.drop_index(batch_op.f("ix_folder_parent_folder_id"))

    op.drop_table("folder")
    with op.batch_alter_table("credentials", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_credentials_workspace_id"))

    op.drop_table("credentials")
    with op.batch_alter_table("api_token", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_api_token_user_id"))

    op.drop_table("api_token")
    op.drop_table("workspace")
    op.drop_table("user")
    with op.batch_alter_table("chat_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_chat_session_updated_at"))

    op.drop_table("chat_session")
