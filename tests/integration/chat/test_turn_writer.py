"""The turn writer: batched writes, and turns beaten by another worker detected per session."""

import asyncio

import pytest
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from botloom.domain.chat.persistence import StaleSessionError, TurnWrite, TurnWriter
from botloom.engine.runtime import (
    AnswerRecord,
    LogRecord,
    SetVariableRecord,
    TurnRecords,
    VisitedEdgeRecord,
)
from botloom.engine.state import BotFrame, ChatAnswer, SessionState
from botloom.engine.walker import TurnOutcome
from botloom.ids import new_id
from botloom.schema.variables import Variable
from botloom.store.models import (
    Answer,
    ChatSession,
    Log,
    Result,
    SetVariableHistoryItem,
    Typebot,
    VisitedEdge,
)
from botloom.store.types import utcnow
from tests.support.factories import make_member


def _outcome(marker: str) -> TurnOutcome:
    state = SessionState(frames=[BotFrame(version_id="v", typebot_id="t")], public_id=marker)
    return TurnOutcome(
        state=state,
        messages=[],
        input=None,
        client_side_actions=[],
        logs=[],
        records=TurnRecords(),
        completed=False,
    )


def _write(session_id: str, turn: int | None, marker: str) -> TurnWrite:
    return TurnWrite(
        session_id=session_id, outcome=_outcome(marker), turn=turn, keep=True, write_results=False
    )


async def _turns(db: AsyncSession) -> dict[str, tuple[int, str]]:
    rows = (await db.execute(select(ChatSession.id, ChatSession.turn, ChatSession.state))).all()
    return {r.id: (r.turn, r.state["publicId"]) for r in rows}


async def test_batched_turns_and_a_stale_one(engine: AsyncEngine, db: AsyncSession) -> None:
    writer = TurnWriter(engine)
    await asyncio.gather(*(writer.write(_write(f"s{i}", None, "first")) for i in range(5)))
    assert await _turns(db) == {f"s{i}": (1, "first") for i in range(5)}

    # Another worker answered s2 meanwhile: its row moved on to turn 2.
    await db.execute(update(ChatSession).where(ChatSession.id == "s2").values(turn=2))
    await db.commit()
    results = await asyncio.gather(
        *(writer.write(_write(f"s{i}", 1, "second")) for i in range(5)), return_exceptions=True
    )
    assert [type(r).__name__ for r in results] == [
        "NoneType",
        "NoneType",
        "StaleSessionError",
        "NoneType",
        "NoneType",
    ]
    db.expire_all()
    turns = await _turns(db)
    assert turns["s2"] == (2, "first"), "the stale turn wrote nothing"
    assert all(turns[f"s{i}"] == (2, "second") for i in (0, 1, 3, 4))
    with pytest.raises(StaleSessionError):
        await writer.write(_write("s0", 1, "third"))
    await writer.close()


async def test_result_rows_read_back_through_the_models(
    engine: AsyncEngine, db: AsyncSession
) -> None:
    """The writer's own statements store what the models read: times comparable with the
    ORM's, JSON, booleans, and a finished session deleted."""
    member = await make_member(db)
    typebot = Typebot(workspace_id=member.workspace.id, name="w", content={"groups": []})
    db.add(typebot)
    await db.commit()
    result_id = new_id()
    frame = BotFrame(
        version_id="v",
        typebot_id=typebot.id,
        result_id=result_id,
        variables=[Variable(id="vn", name="Name", value="Ada"), Variable(id="vx", name="X")],
        answers=[ChatAnswer(key="Name", value="Ada")],
    )
    records = TurnRecords(
        answers=[AnswerRecord(result_id, "b1", "Ada", ["https://f.test/a.png"])],
        visited_edges=[VisitedEdgeRecord(result_id, "e1", 0)],
        set_variables=[SetVariableRecord(result_id, 0, "vn", "b0", float("nan"))],
        logs=[LogRecord(result_id, "error", "It failed", details="why", context="ctx")],
        completed_result_ids={result_id},
    )
    outcome = TurnOutcome(
        state=SessionState(frames=[frame]),
        messages=[],
        input=None,
        client_side_actions=[],
        logs=[],
        records=records,
        completed=True,
        frames=[frame],
    )
    before = utcnow()
    writer = TurnWriter(engine)
    await writer.write(
        TurnWrite(
            session_id="done",
            outcome=outcome,
            turn=None,
            keep=False,
            write_results=True,
            new_result=(result_id, typebot.id),
        )
    )
    await writer.close()
    after = utcnow()

    since = await db.scalars(select(Result).where(Result.created_at.between(before, after)))
    result = since.one()
    assert (result.id, result.has_started, result.is_completed) == (result_id, True, True)
    assert result.variables == [{"id": "vn", "name": "Name", "value": "Ada"}]
    assert result.last_chat_session_id == "done"
    assert result.created_at.tzinfo is not None
    answer = (await db.scalars(select(Answer))).one()
    assert (answer.block_id, answer.content) == ("b1", "Ada")
    assert answer.attached_file_urls == ["https://f.test/a.png"]
    assert answer.created_at == result.created_at
    edge = (await db.scalars(select(VisitedEdge))).one()
    assert (edge.edge_id, edge.index) == ("e1", 0)
    item = (await db.scalars(select(SetVariableHistoryItem))).one()
    assert (item.variable_id, item.block_id, item.value) == ("vn", "b0", None)
    log = (await db.scalars(select(Log))).one()
    assert (log.status, log.description, log.details, log.context) == (
        "error",
        "It failed",
        "why",
        "ctx",
    )
    assert await db.get(ChatSession, "done") is None
