"""Writing chat turns: sessions, results, answers, visited edges, history and logs.

Turns are written by one writer task per process (``TurnWriter``), which groups the turns that
are ready at the same moment into one transaction: under load a commit is shared by many turns,
and on SQLite only one connection of the process ever waits for the write lock. A turn's
request waits until its own turn is committed. ENGINE.md §5 and §7 say what is written when.
"""

import asyncio
import contextlib
import logging
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import (
    Table,
    bindparam,
    case,
    delete,
    insert,
    or_,
    select,
    tuple_,
    type_coerce,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession

from botloom.engine.state import BotFrame
from botloom.engine.walker import TurnOutcome
from botloom.store.models import (
    Answer,
    ChatSession,
    Log,
    Result,
    SetVariableHistoryItem,
    VisitedEdge,
)
from botloom.store.types import utcnow

logger = logging.getLogger(__name__)

MAX_BATCH = 64


class StaleSessionError(Exception):
    """Another worker answered this session since it was read: the turn must be run again."""


@dataclass
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


_SESSIONS = cast(Table, ChatSession.__table__)


async def _write_sessions(
    db: AsyncConnection, writes: list[TurnWrite], now: Any
) -> list[TurnWrite]:
    """Insert, update or delete the session rows; returns the turns another turn beat.

    Updates and deletes only apply to a row still at the turn that was read, each kind as one
    statement for the whole batch; ``RETURNING`` tells which rows were still current (SQLite
    3.35+ and PostgreSQL).
    """
    new = [
        {
            "id": w.session_id,
            "state": w.outcome.state.model_dump(mode="json"),
            "turn": 1,
            "created_at": now,
            "updated_at": now,
        }
        for w in writes
        if w.turn is None and w.keep
    ]
    if new:
        await db.execute(insert(_SESSIONS), new)
    updated = [w for w in writes if w.turn is not None and w.keep]
    deleted = [w for w in writes if w.turn is not None and not w.keep]
    written: set[str] = set()
    if updated:
        states = {
            w.session_id: type_coerce(
                w.outcome.state.model_dump(mode="json"), _SESSIONS.c.state.type
            )
            for w in updated
        }
        statement = (
            update(_SESSIONS)
            .where(_current(updated))
            .values(
                state=case(states, value=_SESSIONS.c.id),
                turn=_SESSIONS.c.turn + 1,
                updated_at=now,
            )
            .returning(_SESSIONS.c.id)
        )
        written.update((await db.execute(statement)).scalars())
    if deleted:
        removal = delete(_SESSIONS).where(_current(deleted)).returning(_SESSIONS.c.id)
        written.update((await db.execute(removal)).scalars())
    return [w for w in [*updated, *deleted] if w.session_id not in written]


def _current(writes: list[TurnWrite]) -> Any:
    """Rows of these sessions still at the turn each write was computed from."""
    pairs = [(w.session_id, w.turn) for w in writes]
    return tuple_(_SESSIONS.c.id, _SESSIONS.c.turn).in_(pairs)


_RESULTS = cast(Table, Result.__table__)
# A Core statement, so that a list of parameter sets is one executemany, not ORM bulk update.
_UPDATE_RESULT = (
    update(_RESULTS)
    .where(_RESULTS.c.id == bindparam("rid"))
    .values(
        variables=bindparam("vars", type_=_RESULTS.c.variables.type),
        updated_at=bindparam("now", type_=_RESULTS.c.updated_at.type),
        last_chat_session_id=bindparam("sid"),
        has_started=or_(_RESULTS.c.has_started, bindparam("started")),
        is_completed=or_(_RESULTS.c.is_completed, bindparam("completed")),
    )
)


async def _existing_results(db: AsyncConnection, writes: list[TurnWrite]) -> set[str]:
    """Which results these turns write to still exist (an owner may delete them mid-chat)."""
    ids = {f.result_id for w in writes for f in w.outcome.frames if f.result_id is not None}
    if not ids:
        return set()
    found = await db.execute(select(_RESULTS.c.id).where(_RESULTS.c.id.in_(ids)))
    return set(found.scalars())


async def _write_results(
    db: AsyncConnection, writes: list[TurnWrite], now: Any, *, only_existing: bool = False
) -> None:
    """The results part of several turns, a few multi-row statements for all of them.

    ``only_existing`` drops the rows of results that were deleted since the chat began: the
    chat goes on, but a result its owner deleted is not brought back by a later answer.
    """
    new_results: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    answers: list[dict[str, Any]] = []
    edges: list[dict[str, Any]] = []
    history: list[dict[str, Any]] = []
    logs: list[dict[str, Any]] = []
    for write in writes:
        outcome, records = write.outcome, write.outcome.records
        created = [write.new_result] if write.new_result else []
        for result_id, typebot_id in [*created, *outcome.new_results]:
            new_results.append(
                {"id": result_id, "typebot_id": typebot_id, "created_at": now, "updated_at": now}
            )
        for result_id in {f.result_id for f in outcome.frames if f.result_id is not None}:
            updates.append(
                {
                    "rid": result_id,
                    "vars": _result_variables(outcome.frames, result_id),
                    "now": now,
                    "sid": write.session_id,
                    "started": any(f.answers for f in outcome.frames if f.result_id == result_id),
                    "completed": result_id in records.completed_result_ids,
                }
            )
        answers += [
            {
                "result_id": a.result_id,
                "block_id": a.block_id,
                "content": a.content,
                "attached_file_urls": a.attached_file_urls,
                "created_at": now,
            }
            for a in records.answers
        ]
        edges += [
            {"result_id": e.result_id, "edge_id": e.edge_id, "index": e.index}
            for e in records.visited_edges
        ]
        history += [
            {
                "result_id": h.result_id,
                "index": h.index,
                "variable_id": h.variable_id,
                "block_id": h.block_id,
                "value": h.value,
            }
            for h in records.set_variables
        ]
        logs += [
            {
                "result_id": log.result_id,
                "status": log.status,
                "description": log.description,
                "details": log.details,
                "context": log.context,
                "created_at": now,
            }
            for log in records.logs
            if log.result_id is not None
        ]
    if new_results:
        await db.execute(insert(Result), new_results)
    if updates:
        await db.execute(_UPDATE_RESULT, updates)
    children = [
        (Answer, answers),
        (VisitedEdge, edges),
        (SetVariableHistoryItem, history),
        (Log, logs),
    ]
    if only_existing:
        kept = await _existing_results(db, writes) | {r["id"] for r in new_results}
        children = [
            (model, [r for r in rows if r["result_id"] in kept]) for model, rows in children
        ]
    for model, rows in children:
        if rows:
            await db.execute(insert(model), rows)


async def write_turns(
    db: AsyncConnection, writes: list[TurnWrite], *, only_existing_results: bool = False
) -> list[TurnWrite]:
    """Write several turns in the connection's transaction; returns those that were stale."""
    now = utcnow()
    stale = await _write_sessions(db, writes, now)
    fresh = [w for w in writes if w not in stale and w.write_results]
    if fresh:
        await _write_results(db, fresh, now, only_existing=only_existing_results)
    return stale


class TurnWriter:
    """The process's single writer of chat turns, committing the turns ready together."""

    def __init__(self, engine: AsyncEngine) -> None:
        # A plain connection, not an ORM session: the writer only runs Core statements.
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
        async with self._engine.begin() as connection:
            stale = await write_turns(
                connection, batch, only_existing_results=only_existing_results
            )
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
            except IntegrityError:
                # Checked only after a failure, so that the common path costs no extra query.
                await self._commit([write], only_existing_results=True)
        except Exception as exc:
            logger.exception("Could not save chat turn of session %s", write.session_id)
            if not write.done.done():
                write.done.set_exception(exc)


async def result_exists(db: AsyncSession, *, result_id: str, typebot_id: str) -> bool:
    """Whether a result of this bot exists (for "remember user")."""
    found = await db.scalar(
        select(Result.id).where(Result.id == result_id, Result.typebot_id == typebot_id)
    )
    return found is not None
