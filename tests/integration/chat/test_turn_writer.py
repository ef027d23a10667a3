"""The turn writer: batched writes, and turns beaten by another worker detected per session."""

import asyncio

import pytest
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from botloom.domain.chat.persistence import StaleSessionError, TurnWrite, TurnWriter
from botloom.engine.runtime import TurnRecords
from botloom.engine.state import BotFrame, SessionState
from botloom.engine.walker import TurnOutcome
from botloom.store.models import ChatSession


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
