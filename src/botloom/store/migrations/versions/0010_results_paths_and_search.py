"""Results at scale, part 2: where results went, kept per quarter-hour, and an answer index.

``result_path_bucket`` holds, per bot, quarter-hour of a result's creation (UTC), kind and block
or edge, how many answers and edges taken its unarchived results have, and how many results
answered or took each. Triggers keep it exact in the writer's transaction: an answer or an edge
adds itself; a result adds or removes everything it has when it is archived, unarchived, moved
or deleted. ``result_path_day`` holds the same per UTC day, kept from the quarter-hours by a
trigger: a window of a year reads a few thousand rows instead of a few hundred thousand. On
PostgreSQL a total is split in up to 16 rows (``shard``), one per group of connections, so that
concurrent chats of a bot do not queue (or deadlock) on the same rows; reads add them up.

Where unfinished chats wait changes on every turn, so it is not kept in totals: the turn writer
writes it on the result (``waiting_block_id``), and an index of unfinished results by bot and
block counts them.

The results' text search reads an index of the answers instead of scanning them, with the same
meaning (a case-insensitive substring): an FTS5 table with the trigram tokenizer on SQLite, kept
by triggers, and a pg_trgm GIN index on PostgreSQL (a trusted extension since PostgreSQL 13).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 22:10:00.000000
"""

# The SQL below is assembled from constants only.
# ruff: noqa: S608

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import botloom.store.types

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BUCKET_COLUMNS = "(typebot_id, bucket_start, kind, item_id, total, results, shard)"
_ADD = "ON CONFLICT (typebot_id, bucket_start, kind, item_id, shard) DO UPDATE SET "
# On PostgreSQL each connection writes its own rows of a total (its backend's pid modulo 16):
# concurrent chats of one bot then never wait on each other's rows, nor lock them in opposite
# orders. SQLite has one writer at a time and one shard.
_PG_SHARD = "mod(pg_backend_pid(), 16)"

# --- SQLite ------------------------------------------------------------------------------------

# The quarter-hour a result was created in, as migration 0003 writes it.
_SQLITE_BUCKET = (
    "substr({row}.created_at, 1, 14) || "
    "printf('%02d', CAST(substr({row}.created_at, 15, 2) AS INTEGER) / 15 * 15) || ':' || "
    "'00.000000'"
)
_SQLITE_ADD = _ADD + "total = total + excluded.total, results = results + excluded.results;"


def _result_paths(dialect: str, row: str, *, add: bool) -> list[str]:
    """Statements adding (or taking away) every answer and edge of a result."""
    postgres = dialect == "postgresql"
    bucket = (_PG_BUCKET if postgres else _SQLITE_BUCKET).format(row=row)
    into = f"INSERT INTO result_path_bucket {'AS b ' if postgres else ''}{_BUCKET_COLUMNS}"
    kept = f"NOT {row}.is_archived"
    if postgres and not add:
        # Negative amounts on this connection's rows, as long as the bot is there (deleting
        # a bot deletes its rows, and a row must not point at a bot being deleted).
        kept += f" AND EXISTS (SELECT 1 FROM typebot WHERE id = {row}.typebot_id)"
    if postgres or add:
        sign, shard = ("" if add else "-"), (_PG_SHARD if postgres else "0")
        on_conflict = _PG_ADD if postgres else _SQLITE_ADD
        return [
            f"{into} SELECT {row}.typebot_id, {bucket}, '{kind}', {item}, {sign}count(*), "
            f"{sign}1, {shard} FROM {table} WHERE result_id = {row}.id AND {kept} "
            f"GROUP BY {item} {on_conflict}"
            for kind, table, item, _ in _ITEMS
        ]
    # SQLite's one shard: update the rows (never insert: see above).
    return [
        "UPDATE result_path_bucket SET total = total - (SELECT count(*) FROM "
        f"{table} WHERE result_id = {row}.id AND {item} = result_path_bucket.item_id), "
        f"results = results - 1 WHERE typebot_id = {row}.typebot_id "
        f"AND bucket_start = {bucket} AND {kept} AND kind = '{kind}' "
        f"AND item_id IN (SELECT {item} FROM {table} WHERE result_id = {row}.id)"
        for kind, table, item, _ in _ITEMS
    ]


def _sqlite_paths(row: str, *, add: bool) -> str:
    return " ".join(
        f"{statement.rstrip(';')};" for statement in _result_paths("sqlite", row, add=add)
    )


# An answer or an edge adds itself; a result's first answer to a block (or first time on an
# edge) counts the result too.
_ITEMS = (
    ("answer", "answer", "block_id", "o.id < NEW.id"),
    ("edge", "visited_edge", "edge_id", 'o."index" < NEW."index"'),
)


def _item_insert(dialect: str, kind: str, table: str, item: str, earlier: str) -> str:
    first = (
        f"NOT EXISTS (SELECT 1 FROM {table} AS o WHERE o.result_id = NEW.result_id "
        f"AND o.{item} = NEW.{item} AND {earlier})"
    )
    if dialect == "postgresql":
        bucket, first, target, add = _PG_BUCKET, f"({first})::int", "AS b ", _PG_ADD
        shard = _PG_SHARD
    else:
        bucket, target, add, shard = _SQLITE_BUCKET, "", _SQLITE_ADD, "0"
    return (
        f"INSERT INTO result_path_bucket {target}{_BUCKET_COLUMNS} "
        f"SELECT r.typebot_id, {bucket.format(row='r')}, '{kind}', NEW.{item}, 1, {first}, "
        f"{shard} "
        f"FROM result AS r WHERE r.id = NEW.result_id AND NOT r.is_archived {add}"
    )


_WHOLE_CHANGED = (
    "OLD.typebot_id IS NOT NEW.typebot_id OR OLD.created_at IS NOT NEW.created_at "
    "OR OLD.is_archived IS NOT NEW.is_archived"
)


_DAY_COLUMNS = "(typebot_id, day, kind, item_id, total, results, shard)"
_DAY_ADD = "ON CONFLICT (typebot_id, day, kind, item_id, shard) DO UPDATE SET "
# Colons alone, as ':00' would read as a bind parameter to SQLAlchemy's text().
_SQLITE_DAY = "substr({row}.bucket_start, 1, 10) || ' 00' || ':' || '00' || ':' || '00.000000'"


_SQLITE_NEW_DAY = (
    f"INSERT INTO result_path_day {_DAY_COLUMNS} VALUES (NEW.typebot_id, "
    f"{_SQLITE_DAY.format(row='NEW')}, NEW.kind, NEW.item_id, NEW.total, NEW.results, "
    "NEW.shard) "
    f"{_DAY_ADD}total = total + excluded.total, results = results + excluded.results;"
)
# A quarter-hour's row exists only once its day's does: a change updates the day.
_DAY_CHANGE = (
    "UPDATE result_path_day SET total = total + NEW.total - OLD.total, "
    "results = results + NEW.results - OLD.results WHERE typebot_id = NEW.typebot_id "
    "AND day = {day} AND kind = NEW.kind AND item_id = NEW.item_id AND shard = NEW.shard"
)


def _sqlite_triggers() -> list[str]:
    return [
        *(
            f"CREATE TRIGGER result_path_{kind} AFTER INSERT ON {table} BEGIN "
            f"{_item_insert('sqlite', kind, table, item, earlier)} END"
            for kind, table, item, earlier in _ITEMS
        ),
        "CREATE TRIGGER result_path_update AFTER UPDATE OF typebot_id, created_at, is_archived "
        f"ON result WHEN {_WHOLE_CHANGED} BEGIN {_sqlite_paths('OLD', add=False)} "
        f"{_sqlite_paths('NEW', add=True)} END",
        # Before: the answers and edges of the result are still there to be taken away.
        "CREATE TRIGGER result_path_delete BEFORE DELETE ON result BEGIN "
        f"{_sqlite_paths('OLD', add=False)} END",
        "CREATE TRIGGER result_path_day_insert AFTER INSERT ON result_path_bucket BEGIN "
        f"{_SQLITE_NEW_DAY} END",
        "CREATE TRIGGER result_path_day_update AFTER UPDATE OF total, results "
        "ON result_path_bucket BEGIN "
        f"{_DAY_CHANGE.format(day=_SQLITE_DAY.format(row='NEW'))}; END",
        # The search index of the answers (FTS5, trigram: any substring of 3 characters or more).
        "CREATE VIRTUAL TABLE answer_search USING fts5("
        "content, content='answer', content_rowid='id', tokenize='trigram')",
        "CREATE TRIGGER answer_search_insert AFTER INSERT ON answer BEGIN "
        "INSERT INTO answer_search (rowid, content) VALUES (NEW.id, NEW.content); END",
        "CREATE TRIGGER answer_search_delete AFTER DELETE ON answer BEGIN "
        "INSERT INTO answer_search (answer_search, rowid, content) "
        "VALUES ('delete', OLD.id, OLD.content); END",
        "CREATE TRIGGER answer_search_update AFTER UPDATE OF content ON answer BEGIN "
        "INSERT INTO answer_search (answer_search, rowid, content) "
        "VALUES ('delete', OLD.id, OLD.content); "
        "INSERT INTO answer_search (rowid, content) VALUES (NEW.id, NEW.content); END",
        "INSERT INTO answer_search (answer_search) VALUES ('rebuild')",
    ]


_SQLITE_DROPS = (
    "DROP TRIGGER answer_search_update",
    "DROP TRIGGER answer_search_delete",
    "DROP TRIGGER answer_search_insert",
    "DROP TABLE answer_search",
    "DROP TRIGGER result_path_day_update",
    "DROP TRIGGER result_path_day_insert",
    "DROP TRIGGER result_path_delete",
    "DROP TRIGGER result_path_update",
    "DROP TRIGGER result_path_edge",
    "DROP TRIGGER result_path_answer",
)

# --- PostgreSQL --------------------------------------------------------------------------------

_PG_BUCKET = "to_timestamp(floor(extract(epoch FROM {row}.created_at) / 900) * 900)"
_PG_ADD = _ADD + "total = b.total + excluded.total, results = b.results + excluded.results"


def _pg_paths(*, add: bool) -> str:
    return "; ".join(_result_paths("postgresql", "r", add=add))


_PG_FUNCTIONS = [
    f"""
CREATE FUNCTION result_path_apply(r result, add boolean) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF add THEN
    {_pg_paths(add=True)};
  ELSE
    {_pg_paths(add=False)};
  END IF;
END
$$""",
    """
CREATE FUNCTION result_path_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM result_path_apply(OLD, false);
    RETURN OLD;
  END IF;
  PERFORM result_path_apply(OLD, false);
  PERFORM result_path_apply(NEW, true);
  RETURN NULL;
END
$$""",
]


_PG_DAY = "date_trunc('day', {row}.bucket_start AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'"
_PG_DAY_FUNCTION = f"""
CREATE FUNCTION result_path_day_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    {_DAY_CHANGE.format(day=_PG_DAY.format(row="NEW"))};
    RETURN NULL;
  END IF;
  INSERT INTO result_path_day AS d {_DAY_COLUMNS}
  VALUES (NEW.typebot_id, {_PG_DAY.format(row="NEW")}, NEW.kind, NEW.item_id, NEW.total,
          NEW.results, NEW.shard)
  {_DAY_ADD}total = d.total + excluded.total, results = d.results + excluded.results;
  RETURN NULL;
END
$$"""


def _pg_statements() -> list[str]:
    changed = _WHOLE_CHANGED.replace("IS NOT", "IS DISTINCT FROM")
    items = [
        statement
        for kind, table, item, earlier in _ITEMS
        for statement in (
            f"CREATE FUNCTION result_path_{kind}() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN {_item_insert('postgresql', kind, table, item, earlier)}; RETURN NULL; END $$",
            f"CREATE TRIGGER result_path_{kind} AFTER INSERT ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION result_path_{kind}()",
        )
    ]
    return [
        *_PG_FUNCTIONS,
        *items,
        _PG_DAY_FUNCTION,
        "CREATE TRIGGER result_path_day_insert AFTER INSERT ON result_path_bucket "
        "FOR EACH ROW EXECUTE FUNCTION result_path_day_keep()",
        "CREATE TRIGGER result_path_day_update AFTER UPDATE OF total, results "
        "ON result_path_bucket FOR EACH ROW EXECUTE FUNCTION result_path_day_keep()",
        "CREATE TRIGGER result_path_update AFTER UPDATE OF typebot_id, created_at, is_archived "
        f"ON result FOR EACH ROW WHEN ({changed}) EXECUTE FUNCTION result_path_keep()",
        "CREATE TRIGGER result_path_delete BEFORE DELETE ON result "
        "FOR EACH ROW EXECUTE FUNCTION result_path_keep()",
        "CREATE EXTENSION IF NOT EXISTS pg_trgm",
        "CREATE INDEX ix_answer_content_trgm ON answer USING gin (content gin_trgm_ops)",
    ]


_PG_DROPS = (
    "DROP TRIGGER result_path_day_update ON result_path_bucket",
    "DROP TRIGGER result_path_day_insert ON result_path_bucket",
    "DROP FUNCTION result_path_day_keep()",
    "DROP INDEX ix_answer_content_trgm",
    "DROP TRIGGER result_path_delete ON result",
    "DROP TRIGGER result_path_update ON result",
    "DROP TRIGGER result_path_edge ON visited_edge",
    "DROP TRIGGER result_path_answer ON answer",
    "DROP FUNCTION result_path_edge()",
    "DROP FUNCTION result_path_answer()",
    "DROP FUNCTION result_path_keep()",
    "DROP FUNCTION result_path_apply(result, boolean)",
)


# --- backfill ----------------------------------------------------------------------------------


def _backfill(dialect: str) -> list[str]:
    """The waiting block of unfinished chats, then the totals of every unarchived result."""
    if dialect == "postgresql":
        bucket, current = _PG_BUCKET.format(row="r"), "s.state ->> 'currentBlockId'"
        day = _PG_DAY.format(row="b")
    else:
        bucket, current = (
            _SQLITE_BUCKET.format(row="r"),
            "json_extract(s.state, '$.currentBlockId')",
        )
        day = _SQLITE_DAY.format(row="b")
    columns = _BUCKET_COLUMNS
    return [
        f"UPDATE result SET waiting_block_id = (SELECT {current} FROM chat_session AS s "
        "WHERE s.id = result.last_chat_session_id) "
        "WHERE NOT is_completed AND last_chat_session_id IS NOT NULL",
        f"INSERT INTO result_path_bucket {columns} "
        f"SELECT r.typebot_id, {bucket}, 'answer', a.block_id, count(*), "
        "count(DISTINCT a.result_id), 0 FROM answer AS a JOIN result AS r ON r.id = a.result_id "
        "WHERE NOT r.is_archived GROUP BY 1, 2, 3, 4",
        f"INSERT INTO result_path_bucket {columns} "
        f"SELECT r.typebot_id, {bucket}, 'edge', e.edge_id, count(*), "
        "count(DISTINCT e.result_id), 0 "
        "FROM visited_edge AS e JOIN result AS r ON r.id = e.result_id "
        "WHERE NOT r.is_archived GROUP BY 1, 2, 3, 4",
        f"INSERT INTO result_path_day {_DAY_COLUMNS} "
        f"SELECT b.typebot_id, {day}, b.kind, b.item_id, sum(b.total), sum(b.results), "
        "b.shard FROM result_path_bucket AS b GROUP BY 1, 2, 3, 4, 7",
    ]


def _create_path_totals(name: str, period: str) -> None:
    """A table of path totals per bot, period (its start, UTC), kind and block or edge."""
    op.create_table(
        name,
        sa.Column("typebot_id", sa.String(length=64), nullable=False),
        sa.Column(period, botloom.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("item_id", sa.String(length=200), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("results", sa.Integer(), nullable=False),
        sa.Column("shard", sa.SmallInteger(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["typebot_id"],
            ["typebot.id"],
            name=op.f(f"fk_{name}_typebot_id_typebot"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "typebot_id", period, "kind", "item_id", "shard", name=op.f(f"pk_{name}")
        ),
        sqlite_with_rowid=False,
    )


def upgrade() -> None:
    with op.batch_alter_table("result", schema=None) as batch_op:
        batch_op.add_column(sa.Column("waiting_block_id", sa.String(length=64), nullable=True))
        batch_op.create_index(
            "ix_result_typebot_waiting",
            ["typebot_id", "is_archived", "is_completed", "created_at", "waiting_block_id"],
            unique=False,
        )
    _create_path_totals("result_path_bucket", "bucket_start")
    _create_path_totals("result_path_day", "day")
    dialect = op.get_bind().dialect.name
    # The backfill before the triggers: on PostgreSQL they lock out writers until the
    # migration commits, so no row is counted twice or missed.
    if dialect == "postgresql":
        op.execute("LOCK TABLE result, answer, visited_edge IN SHARE ROW EXCLUSIVE MODE")
    for statement in _backfill(dialect):
        op.execute(statement)
    for statement in _pg_statements() if dialect == "postgresql" else _sqlite_triggers():
        op.execute(statement)


def downgrade() -> None:
    for statement in _PG_DROPS if op.get_bind().dialect.name == "postgresql" else _SQLITE_DROPS:
        op.execute(statement)
    op.drop_table("result_path_day")
    op.drop_table("result_path_bucket")
    # In place on both: a batch copy of ``result`` on SQLite would drop the old table, and the
    # foreign keys would take every answer with it.
    op.execute("DROP INDEX ix_result_typebot_waiting")
    op.execute("ALTER TABLE result DROP COLUMN waiting_block_id")
