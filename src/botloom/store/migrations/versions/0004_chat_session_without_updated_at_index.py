"""Chat sessions lose their index on ``updated_at``: no query reads it, and every chat turn
paid for it (an index entry per update, and no heap-only updates on PostgreSQL).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 23:45:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("chat_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_chat_session_updated_at"))


def downgrade() -> None:
    with op.batch_alter_table("chat_session", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_chat_session_updated_at"), ["updated_at"], unique=False
        )
