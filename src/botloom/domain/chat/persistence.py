"""Writing a turn: the session, the results, answers, visited edges, history and logs, in one
transaction (ENGINE.md §5 and §7 say what is written when)."""

from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

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


class StaleSessionError(Exception):
    """Another worker answered this session since it was read: the turn must be run again."""


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


async def save_session(
    db: AsyncSession, *, session_id: str, outcome: TurnOutcome, turn: int | None, keep: bool
) -> None:
    """Insert, update (only if still at ``turn``) or delete the session row."""
    state = outcome.state.model_dump(mode="json")
    now = utcnow()
    if turn is None:
        if keep:
            await db.execute(
                insert(ChatSession).values(
                    id=session_id, state=state, turn=1, created_at=now, updated_at=now
                )
            )
        return
    if not keep:
        result = await db.execute(delete(ChatSession).where(ChatSession.id == session_id))
    else:
        result = await db.execute(
            update(ChatSession)
            .where(ChatSession.id == session_id, ChatSession.turn == turn)
            .values(state=state, turn=turn + 1, updated_at=now)
        )
    if getattr(result, "rowcount", 1) != 1:
        raise StaleSessionError(session_id)


async def save_results(db: AsyncSession, *, outcome: TurnOutcome, session_id: str) -> None:
    """Upsert every result the turn touched, then add its answers, edges, history and logs."""
    records = outcome.records
    result_ids = {f.result_id for f in outcome.frames if f.result_id is not None}
    now = utcnow()
    for result_id, typebot_id in outcome.new_results:
        db.add(Result(id=result_id, typebot_id=typebot_id, created_at=now, updated_at=now))
    await db.flush()
    for result_id in result_ids:
        has_answers = any(f.answers for f in outcome.frames if f.result_id == result_id)
        values: dict[str, Any] = {
            "variables": _result_variables(outcome.frames, result_id),
            "updated_at": now,
            "last_chat_session_id": session_id,
        }
        if has_answers:
            values["has_started"] = True
        if result_id in records.completed_result_ids:
            values["is_completed"] = True
        await db.execute(update(Result).where(Result.id == result_id).values(**values))
    if records.answers:
        await db.execute(
            insert(Answer),
            [
                {
                    "result_id": a.result_id,
                    "block_id": a.block_id,
                    "content": a.content,
                    "attached_file_urls": a.attached_file_urls,
                    "created_at": now,
                }
                for a in records.answers
            ],
        )
    if records.visited_edges:
        await db.execute(
            insert(VisitedEdge),
            [
                {"result_id": e.result_id, "edge_id": e.edge_id, "index": e.index}
                for e in records.visited_edges
            ],
        )
    if records.set_variables:
        await db.execute(
            insert(SetVariableHistoryItem),
            [
                {
                    "result_id": h.result_id,
                    "index": h.index,
                    "variable_id": h.variable_id,
                    "block_id": h.block_id,
                    "value": h.value,
                }
                for h in records.set_variables
            ],
        )
    if records.logs:
        await db.execute(
            insert(Log),
            [
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
            ],
        )


async def result_exists(db: AsyncSession, *, result_id: str, typebot_id: str) -> bool:
    """Whether a result of this bot exists (for "remember user")."""
    found = await db.scalar(
        select(Result.id).where(Result.id == result_id, Result.typebot_id == typebot_id)
    )
    return found is not None
