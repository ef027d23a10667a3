"""The rows chat turns write, sent by the database driver in a few fixed statements.

The turn writer (``domain/chat/persistence.py``) commits many turns at once, and under load it
was a quarter of a turn's CPU: SQLAlchemy's execution layer processes every parameter of every
row in Python, and the conditional update of the sessions was a statement rebuilt and compiled
for each batch. Here each kind of row is one statement of fixed text, prepared once by the
driver: on PostgreSQL the rows travel as arrays (``unnest``), on SQLite as ``executemany``.

Values arrive ready for the database: JSON as text (``dump_json``), times as aware UTC
datetimes. Columns the models fill with Python-side defaults get the same values here.
"""

import contextlib
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy.ext.asyncio import AsyncConnection

from botloom.store.db import dump_json
from botloom.store.driver import driver_of, is_postgres

SessionKey = tuple[str, int]
"""A session id and the turn a write was computed from."""


@dataclass
class TurnRows:
    """What one batch of turns writes, row by row (values in column order of the statements)."""

    now: datetime
    new_sessions: list[tuple[str, str]] = field(default_factory=list)
    """(id, state JSON)"""
    updated_sessions: list[tuple[str, int, str]] = field(default_factory=list)
    """(id, turn read, state JSON)"""
    deleted_sessions: list[SessionKey] = field(default_factory=list)
    new_results: list[tuple[str, str]] = field(default_factory=list)
    """(id, typebot id)"""
    result_updates: list[tuple[str, str, str, bool, bool, str | None]] = field(default_factory=list)
    """(id, variables JSON, session id, has started, is completed, block the chat waits at)"""
    answers: list[tuple[str, str, str, str]] = field(default_factory=list)
    """(result id, block id, content, attached file URLs JSON)"""
    edges: list[tuple[str, str, int]] = field(default_factory=list)
    """(result id, edge id, index)"""
    history: list[tuple[str, int, str, str, str]] = field(default_factory=list)
    """(result id, index, variable id, block id, value JSON)"""
    logs: list[tuple[str, str, str, str | None, str | None]] = field(default_factory=list)
    """(result id, status, description, details, context)"""


class TurnStatements(Protocol):
    """One transaction's statements, on one driver connection."""

    async def write_sessions(self, rows: TurnRows) -> set[str]:
        """Insert, update and delete session rows; the ids of updated or deleted rows that
        were still at the turn read (the others were beaten by another worker)."""

    async def write_results(self, rows: TurnRows) -> None:
        """Insert and update results, and add their answers, edges, history and logs."""

    async def existing_results(self, ids: Sequence[str]) -> set[str]:
        """Which of these results exist."""


class _Postgres:
    def __init__(self, driver: Any) -> None:
        self._db = driver

    async def write_sessions(self, rows: TurnRows) -> set[str]:
        db, now = self._db, rows.now
        if rows.new_sessions:
            ids, states = zip(*rows.new_sessions, strict=True)
            await db.execute(
                "INSERT INTO chat_session (id, state, turn, created_at, updated_at) "
                "SELECT u.id, u.state::jsonb, 1, $3::timestamptz, $3::timestamptz "
                "FROM unnest($1::varchar[], $2::text[]) AS u(id, state)",
                ids,
                states,
                now,
            )
        current: set[str] = set()
        if rows.updated_sessions:
            ids, turns, states = zip(*rows.updated_sessions, strict=True)
            found = await db.fetch(
                "UPDATE chat_session AS s "
                "SET state = u.state::jsonb, turn = s.turn + 1, updated_at = $4 "
                "FROM unnest($1::varchar[], $2::int[], $3::text[]) AS u(id, turn, state) "
                "WHERE s.id = u.id AND s.turn = u.turn RETURNING s.id",
                ids,
                turns,
                states,
                now,
            )
            current.update(r[0] for r in found)
        if rows.deleted_sessions:
            ids, turns = zip(*rows.deleted_sessions, strict=True)
            found = await db.fetch(
                "DELETE FROM chat_session AS s "
                "USING unnest($1::varchar[], $2::int[]) AS u(id, turn) "
                "WHERE s.id = u.id AND s.turn = u.turn RETURNING s.id",
                ids,
                turns,
            )
            current.update(r[0] for r in found)
        return current

    async def write_results(self, rows: TurnRows) -> None:
        db, now = self._db, rows.now
        if rows.new_results:
            await db.execute(
                "INSERT INTO result (id, typebot_id, variables, is_completed, has_started, "
                "is_archived, created_at, updated_at) "
                "SELECT u.id, u.typebot_id, '[]'::jsonb, false, false, false, $3::timestamptz, "
                "$3::timestamptz "
                "FROM unnest($1::varchar[], $2::varchar[]) AS u(id, typebot_id)",
                *zip(*rows.new_results, strict=True),
                now,
            )
        if rows.result_updates:
            await db.execute(
                "UPDATE result AS r SET variables = u.vars::jsonb, updated_at = $7, "
                "last_chat_session_id = u.sid, has_started = r.has_started OR u.started, "
                "is_completed = r.is_completed OR u.completed, waiting_block_id = u.waiting "
                "FROM unnest($1::varchar[], $2::text[], $3::varchar[], $4::bool[], $5::bool[], "
                "$6::varchar[]) AS u(id, vars, sid, started, completed, waiting) "
                "WHERE r.id = u.id",
                *zip(*rows.result_updates, strict=True),
                now,
            )
        if rows.answers:
            await db.execute(
                "INSERT INTO answer (result_id, block_id, content, attached_file_urls, created_at) "
                "SELECT u.rid, u.bid, u.content, u.files::jsonb, $5::timestamptz "
                "FROM unnest($1::varchar[], $2::varchar[], $3::text[], $4::text[]) "
                "AS u(rid, bid, content, files)",
                *zip(*rows.answers, strict=True),
                now,
            )
        if rows.edges:
            await db.execute(
                'INSERT INTO visited_edge (result_id, edge_id, "index") '
                "SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::int[])",
                *zip(*rows.edges, strict=True),
            )
        if rows.history:
            await db.execute(
                'INSERT INTO set_variable_history_item (result_id, "index", variable_id, '
                "block_id, value) SELECT u.rid, u.i, u.vid, u.bid, u.value::jsonb "
                "FROM unnest($1::varchar[], $2::int[], $3::varchar[], $4::varchar[], $5::text[]) "
                "AS u(rid, i, vid, bid, value)",
                *zip(*rows.history, strict=True),
            )
        if rows.logs:
            await db.execute(
                "INSERT INTO log (result_id, status, description, details, context, created_at) "
                "SELECT *, $6::timestamptz FROM unnest($1::varchar[], $2::varchar[], $3::text[], "
                "$4::text[], $5::varchar[])",
                *zip(*rows.logs, strict=True),
                now,
            )

    async def existing_results(self, ids: Sequence[str]) -> set[str]:
        found = await self._db.fetch("SELECT id FROM result WHERE id = ANY($1::varchar[])", ids)
        return {r[0] for r in found}


def _sqlite_time(value: datetime) -> str:
    """A time as SQLAlchemy stores it on SQLite (naive UTC text), so that both compare."""
    return value.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


class _Sqlite:
    def __init__(self, driver: Any) -> None:
        self._db = driver

    async def write_sessions(self, rows: TurnRows) -> set[str]:
        db, now = self._db, _sqlite_time(rows.now)
        if rows.new_sessions:
            await db.executemany(
                "INSERT INTO chat_session (id, state, turn, created_at, updated_at) "
                "VALUES (?, ?, 1, ?, ?)",
                [(i, state, now, now) for i, state in rows.new_sessions],
            )
        keys = [(i, turn) for i, turn, _ in rows.updated_sessions] + rows.deleted_sessions
        if not keys:
            return set()
        # The transaction holds the write lock (BEGIN IMMEDIATE), so the turns read here stay
        # as they are until the commit: no RETURNING is needed to tell current rows.
        found = await db.execute_fetchall(
            "SELECT id, turn FROM chat_session WHERE id IN (SELECT value FROM json_each(?))",
            (_json_list([i for i, _ in keys]),),
        )
        stored = {row[0]: row[1] for row in found}
        current = {i for i, turn in keys if stored.get(i) == turn}
        updates = [(s, now, i) for i, _, s in rows.updated_sessions if i in current]
        if updates:
            await db.executemany(
                "UPDATE chat_session SET state = ?, turn = turn + 1, updated_at = ? WHERE id = ?",
                updates,
            )
        deletes = [(i,) for i, _ in rows.deleted_sessions if i in current]
        if deletes:
            await db.executemany("DELETE FROM chat_session WHERE id = ?", deletes)
        return current

    async def write_results(self, rows: TurnRows) -> None:
        db, now = self._db, _sqlite_time(rows.now)
        if rows.new_results:
            await db.executemany(
                "INSERT INTO result (id, typebot_id, variables, is_completed, has_started, "
                "is_archived, created_at, updated_at) VALUES (?, ?, '[]', 0, 0, 0, ?, ?)",
                [(i, typebot_id, now, now) for i, typebot_id in rows.new_results],
            )
        if rows.result_updates:
            await db.executemany(
                "UPDATE result SET variables = ?, updated_at = ?, last_chat_session_id = ?, "
                "has_started = has_started OR ?, is_completed = is_completed OR ?, "
                "waiting_block_id = ? WHERE id = ?",
                [
                    (v, now, sid, st, done, waiting, i)
                    for i, v, sid, st, done, waiting in rows.result_updates
                ],
            )
        if rows.answers:
            await db.executemany(
                "INSERT INTO answer (result_id, block_id, content, attached_file_urls, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [(*answer, now) for answer in rows.answers],
            )
        if rows.edges:
            await db.executemany(
                'INSERT INTO visited_edge (result_id, edge_id, "index") VALUES (?, ?, ?)',
                rows.edges,
            )
        if rows.history:
            await db.executemany(
                'INSERT INTO set_variable_history_item (result_id, "index", variable_id, '
                "block_id, value) VALUES (?, ?, ?, ?, ?)",
                rows.history,
            )
        if rows.logs:
            await db.executemany(
                "INSERT INTO log (result_id, status, description, details, context, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(*log, now) for log in rows.logs],
            )

    async def existing_results(self, ids: Sequence[str]) -> set[str]:
        found = await self._db.execute_fetchall(
            "SELECT id FROM result WHERE id IN (SELECT value FROM json_each(?))",
            (_json_list(ids),),
        )
        return {row[0] for row in found}


def _json_list(values: Sequence[str]) -> str:
    """Ids as a JSON array, for ``json_each``: one statement text whatever their number."""
    return dump_json(list(values))


@contextlib.asynccontextmanager
async def turn_transaction(connection: AsyncConnection) -> AsyncIterator[TurnStatements]:
    """A transaction on ``connection``'s driver connection, committed on exit (rolled back on
    error). On SQLite it takes the write lock at once. A broken constraint raises
    ``RowConflictError``, whichever the database."""
    async with driver_of(connection) as driver:
        if is_postgres(connection):
            async with driver.transaction():
                yield _Postgres(driver)
            return
        await driver.execute("BEGIN IMMEDIATE")
        try:
            yield _Sqlite(driver)
        except BaseException:
            await driver.rollback()
            raise
        await driver.commit()
