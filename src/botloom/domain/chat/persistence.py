"""Writing chat turns: sessions, results, answers, visited edges, history and logs.

Turns are written by one writer task per process (``TurnWriter``), which groups the turns that
are ready at the same moment into one transaction: under load a commit is shared by many turns,
and on SQLite only one connection of the process ever waits for the write lock. A turn's
request waits until its own turn is committed. docs/engine.md §5 and §7 say what is written when.
"""

import asyncio
import contextlib
import logging
from dataclasses import dataclass, field
from typing import Any

from pydantic_core import PydanticSerializationError
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from botloom.engine.state import BotFrame
from botloom.engine.walker import TurnOutcome
from botloom.store.db import dump_json, without_nul
from botloom.store.driver import RowConflictError
from botloom.store.models import Result
from botloom.store.turn_rows import TurnRows, TurnStatements, turn_transaction
from botloom.store.types import utcnow

logger = logging.getLogger(__name__)

MAX_BATCH = 64


class StaleSessionError(Exception):
    """Another worker answered this session since it was read: the turn must be run again."""


@dataclass(eq=False)
class TurnWrite:
    """Everything one turn writes.

    ``turn`` is the session's turn counter as read (``None`` for a new session); the session row
    is written only if it still has that value. ``keep`` is false for finished live sessions,
    which are deleted. ``new_result`` is the result a startChat creates (a view).
    """

    session_id: str
    outcome: TurnOutcome
    turn: int | None
    keep: bool
    write_results: bool
    new_result: tuple[str, str] | None = None
    done: asyncio.Future[None] = field(
        default_factory=lambda: asyncio.get_running_loop().create_future()
    )


def _result_variables(frames: list[BotFrame], result_id: str) -> list[dict[str, Any]]:
    """What a result keeps: variables with a value that are not session variables."""
    by_name: dict[str, dict[str, Any]] = {}
    for frame in reversed(frames):
        if frame.result_id != result_id:
            continue
        for variable in frame.variables:
            if variable.value is None or variable.is_session_variable:
                continue
            by_name[variable.name] = {
                "id": variable.id,
                "name": variable.name,
                "value": variable.value,
            }
    return list(by_name.values())


def _session_rows(writes: list[TurnWrite], rows: TurnRows) -> None:
    """The session part of several turns: new sessions, kept ones, finished ones."""
    for w in writes:
        if w.turn is None:
            if w.keep:
                rows.new_sessions.append((w.session_id, _state_json(w)))
        elif w.keep:
            rows.updated_sessions.append((w.session_id, w.turn, _state_json(w)))
        else:
            rows.deleted_sessions.append((w.session_id, w.turn))


def _state_json(write: TurnWrite) -> str:
    """The state as stored: straight from the model to JSON text; through ``dump_json`` (which
    mends them) only for the rare text JSON cannot hold as it is (lone surrogates)."""
    state = write.outcome.state
    try:
        return without_nul(state.model_dump_json())
    except PydanticSerializationError:
        return dump_json(state.model_dump(mode="json"))


def _result_rows(writes: list[TurnWrite], rows: TurnRows) -> None:
    """The results part of several turns: results, answers, edges, history and logs."""
    for write in writes:
        outcome, records = write.outcome, write.outcome.records
        created = [write.new_result] if write.new_result else []
        rows.new_results += [*created, *outcome.new_results]
        # Where the visitor is left waiting: the drop-off of an input block counts it there.
        waiting = outcome.state.current_block_id if write.keep else None
        for result_id in {f.result_id for f in outcome.frames if f.result_id is not None}:
            rows.result_updates.append(
                (
                    result_id,
                    dump_json(_result_variables(outcome.frames, result_id)),
                    write.session_id,
                    any(f.answers for f in outcome.frames if f.result_id == result_id),
                    result_id in records.completed_result_ids,
                    waiting,
                )
            )
        rows.answers += [
            (a.result_id, a.block_id, a.content, dump_json(a.attached_file_urls))
            for a in records.answers
        ]
        rows.edges += [(e.result_id, e.edge_id, e.index) for e in records.visited_edges]
        rows.history += [
            (h.result_id, h.index, h.variable_id, h.block_id, dump_json(h.value))
            for h in records.set_variables
        ]
        rows.logs += [
            (log.result_id, log.status, log.description, log.details, log.context)
            for log in records.logs
            if log.result_id is not None
        ]


async def _keep_existing_results(sql: TurnStatements, rows: TurnRows) -> None:
    """Drop the rows of results deleted since their chat began: the chat goes on, but a
    result its owner deleted is not brought back by a later answer."""
    ids = {r[0] for r in rows.result_updates} | {r[0] for r in rows.answers}
    ids |= {r[0] for r in rows.edges} | {r[0] for r in rows.history} | {r[0] for r in rows.logs}
    kept = await sql.existing_results(sorted(ids)) | {r[0] for r in rows.new_results}
    rows.result_updates = [r for r in rows.result_updates if r[0] in kept]
    rows.answers = [r for r in rows.answers if r[0] in kept]
    rows.edges = [r for r in rows.edges if r[0] in kept]
    rows.history = [r for r in rows.history if r[0] in kept]
    rows.logs = [r for r in rows.logs if r[0] in kept]


async def write_turns(
    sql: TurnStatements, writes: list[TurnWrite], *, only_existing_results: bool = False
) -> list[TurnWrite]:
    """Write several turns in one transaction; returns those that were stale."""
    rows = TurnRows(now=utcnow())
    _session_rows(writes, rows)
    current = await sql.write_sessions(rows)
    stale = [w for w in writes if w.turn is not None and w.session_id not in current]
    fresh = [w for w in writes if w not in stale and w.write_results]
    if fresh:
        _result_rows(fresh, rows)
        if only_existing_results:
            await _keep_existing_results(sql, rows)
        await sql.write_results(rows)
    return stale


class TurnWriter:
    """The process's single writer of chat turns, committing the turns ready together."""

    def __init__(self, engine: AsyncEngine) -> None:
        # A plain connection, not an ORM session: the writer sends its own driver statements.
        self._engine = engine
        self._queue: asyncio.Queue[TurnWrite] = asyncio.Queue()
        self._task: asyncio.Task[None] | None = None

    async def write(self, write: TurnWrite) -> None:
        """Write one turn, batched with others; raises ``StaleSessionError`` if it was stale."""
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._run(), name="botloom-turn-writer")
        self._queue.put_nowait(write)
        await write.done

    async def close(self) -> None:
        """Stop the writer once the turns already queued are written."""
        if self._task is not None:
            await self._queue.join()
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _run(self) -> None:
        while True:
            batch = [await self._queue.get()]
            while len(batch) < MAX_BATCH and not self._queue.empty():
                batch.append(self._queue.get_nowait())
            try:
                await self._commit(batch)
            except Exception:  # one bad turn must not fail the others
                for write in batch:
                    await self._commit_alone(write)
            for _ in batch:
                self._queue.task_done()

    async def _commit(self, batch: list[TurnWrite], *, only_existing_results: bool = False) -> None:
        async with self._engine.connect() as connection, turn_transaction(connection) as sql:
            stale = await write_turns(sql, batch, only_existing_results=only_existing_results)
        for write in batch:
            if write.done.done():
                continue
            if write in stale:
                write.done.set_exception(StaleSessionError(write.session_id))
            else:
                write.done.set_result(None)

    async def _commit_alone(self, write: TurnWrite) -> None:
        if write.done.done():
            return
        try:
            try:
                await self._commit([write])
            except RowConflictError:
                # Checked only after a failure, so that the common path costs no extra query.
                await self._commit([write], only_existing_results=True)
        except Exception as exc:
            logger.exception("Could not save chat turn of session %s", write.session_id)
            if not write.done.done():
                write.done.set_exception(exc)


async def result_exists(connection: AsyncConnection, *, result_id: str, typebot_id: str) -> bool:
    """Whether a result of this bot exists (for "remember user")."""
    found = await connection.scalar(
        select(Result.id).where(Result.id == result_id, Result.typebot_id == typebot_id)
    )
    return found is not None
