"""Results at scale: indexes for listing pages and analytics, and stats kept per quarter-hour.

``result_stats_bucket`` holds, per bot and quarter-hour of creation (UTC), how many results
are not archived, started and completed. Triggers on ``result`` keep it exact on every insert,
update and delete, in the writer's own transaction, so the stats of any period never count a
million results.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 20:55:00.000000
"""

# The SQL below is assembled from constants only.
# ruff: noqa: S608

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import botloom.store.types

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The quarter-hour a row was created in, written as each backend stores ``created_at``.
_SQLITE_BUCKET = (
    "substr({row}.created_at, 1, 14) || "
    # ':' alone, as ':00' would read as a bind parameter to SQLAlchemy's text().
    "printf('%02d', CAST(substr({row}.created_at, 15, 2) AS INTEGER) / 15 * 15) || ':' || "
    "'00.000000'"
)
_PG_BUCKET = "to_timestamp(floor(extract(epoch FROM {row}.created_at) / 900) * 900)"

_CHANGED = (
    "OLD.typebot_id IS NOT NEW.typebot_id OR OLD.created_at IS NOT NEW.created_at "
    "OR OLD.has_started IS NOT NEW.has_started OR OLD.is_completed IS NOT NEW.is_completed "
    "OR OLD.is_archived IS NOT NEW.is_archived"
)


def _sqlite_add(row: str) -> str:
    bucket = _SQLITE_BUCKET.format(row=row)
    return (
        "INSERT INTO result_stats_bucket (typebot_id, bucket_start, views, starts, completed) "
        f"SELECT {row}.typebot_id, {bucket}, 1, {row}.has_started, {row}.is_completed "
        f"WHERE NOT {row}.is_archived "
        "ON CONFLICT (typebot_id, bucket_start) DO UPDATE SET views = views + 1, "
        "starts = starts + excluded.starts, completed = completed + excluded.completed;"
    )


def _sqlite_remove(row: str) -> str:
    bucket = _SQLITE_BUCKET.format(row=row)
    return (
        f"UPDATE result_stats_bucket SET views = views - 1, starts = starts - {row}.has_started, "
        f"completed = completed - {row}.is_completed "
        f"WHERE typebot_id = {row}.typebot_id AND bucket_start = {bucket} "
        f"AND NOT {row}.is_archived;"
    )


def _sqlite_triggers() -> list[str]:
    return [
        f"CREATE TRIGGER result_stats_insert AFTER INSERT ON result BEGIN {_sqlite_add('NEW')} END",
        "CREATE TRIGGER result_stats_update AFTER UPDATE OF "
        "typebot_id, created_at, has_started, is_completed, is_archived ON result "
        f"WHEN {_CHANGED} BEGIN {_sqlite_remove('OLD')} {_sqlite_add('NEW')} END",
        "CREATE TRIGGER result_stats_delete AFTER DELETE ON result "
        f"BEGIN {_sqlite_remove('OLD')} END",
    ]


def _pg_triggers() -> list[str]:
    old, new = _PG_BUCKET.format(row="OLD"), _PG_BUCKET.format(row="NEW")
    function = f"""
CREATE FUNCTION result_stats_bucket_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND NOT OLD.is_archived THEN
    UPDATE result_stats_bucket
       SET views = views - 1,
           starts = starts - OLD.has_started::int,
           completed = completed - OLD.is_completed::int
     WHERE typebot_id = OLD.typebot_id AND bucket_start = {old};
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NOT NEW.is_archived THEN
    INSERT INTO result_stats_bucket AS b (typebot_id, bucket_start, views, starts, completed)
    VALUES (NEW.typebot_id, {new}, 1, NEW.has_started::int, NEW.is_completed::int)
    ON CONFLICT (typebot_id, bucket_start) DO UPDATE
       SET views = b.views + 1,
           starts = b.starts + excluded.starts,
           completed = b.completed + excluded.completed;
  END IF;
  RETURN NULL;
END
$$"""
    changed = _CHANGED.replace("IS NOT", "IS DISTINCT FROM")
    return [
        function,
        "CREATE TRIGGER result_stats_insert_delete AFTER INSERT OR DELETE ON result "
        "FOR EACH ROW EXECUTE FUNCTION result_stats_bucket_keep()",
        "CREATE TRIGGER result_stats_update AFTER UPDATE OF "
        "typebot_id, created_at, has_started, is_completed, is_archived ON result "
        f"FOR EACH ROW WHEN ({changed}) EXECUTE FUNCTION result_stats_bucket_keep()",
    ]


def _backfill(dialect: str) -> str:
    if dialect == "postgresql":
        bucket = _PG_BUCKET.format(row="result")
        started, completed = "has_started::int", "is_completed::int"
    else:
        bucket = _SQLITE_BUCKET.format(row="result")
        started, completed = "has_started", "is_completed"
    return (
        "INSERT INTO result_stats_bucket (typebot_id, bucket_start, views, starts, completed) "
        f"SELECT typebot_id, {bucket}, count(*), sum({started}), sum({completed}) "
        "FROM result WHERE NOT is_archived GROUP BY 1, 2"
    )


def upgrade() -> None:
    with op.batch_alter_table("result", schema=None) as batch_op:
        batch_op.create_index(
            "ix_result_typebot_listing",
            ["typebot_id", "is_archived", "has_started", "created_at", "id"],
            unique=False,
        )
        batch_op.create_index(
            "ix_result_typebot_stats",
            ["typebot_id", "is_archived", "created_at", "has_started", "is_completed", "id"],
            unique=False,
        )
    with op.batch_alter_table("answer", schema=None) as batch_op:
        batch_op.create_index("ix_answer_result_block", ["result_id", "block_id"], unique=False)
    with op.batch_alter_table("visited_edge", schema=None) as batch_op:
        batch_op.create_index("ix_visited_edge_result_edge", ["result_id", "edge_id"], unique=False)

    op.create_table(
        "result_stats_bucket",
        sa.Column("typebot_id", sa.String(length=64), nullable=False),
        sa.Column("bucket_start", botloom.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("views", sa.Integer(), nullable=False),
        sa.Column("starts", sa.Integer(), nullable=False),
        sa.Column("completed", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["typebot_id"],
            ["typebot.id"],
            name=op.f("fk_result_stats_bucket_typebot_id_typebot"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("typebot_id", "bucket_start", name=op.f("pk_result_stats_bucket")),
    )
    dialect = op.get_bind().dialect.name
    # Triggers first: on PostgreSQL they lock out writers until the backfill commits with them.
    for statement in _pg_triggers() if dialect == "postgresql" else _sqlite_triggers():
        op.execute(statement)
    op.execute(_backfill(dialect))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER result_stats_update ON result")
        op.execute("DROP TRIGGER result_stats_insert_delete ON result")
        op.execute("DROP FUNCTION result_stats_bucket_keep()")
    else:
        for name in ("result_stats_insert", "result_stats_update", "result_stats_delete"):
            op.execute(f"DROP TRIGGER {name}")
    op.drop_table("result_stats_bucket")
    with op.batch_alter_table("visited_edge", schema=None) as batch_op:
        batch_op.drop_index("ix_visited_edge_result_edge")
    with op.batch_alter_table("answer", schema=None) as batch_op:
        batch_op.drop_index("ix_answer_result_block")
    with op.batch_alter_table("result", schema=None) as batch_op:
        batch_op.drop_index("ix_result_typebot_stats")
        batch_op.drop_index("ix_result_typebot_listing")
