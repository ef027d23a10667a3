"""The turn writer: batched writes, and turns beaten by another worker detected per session."""

import asyncio

import pytest
from sqlalchemy import delete, select, text, update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, create_async_engine

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
from botloom.store.db import create_engine, dump_json
from botloom.store.migrate import upgrade
from botloom.store.models import (
    Answer,
    ChatSession,
    Log,
    Result,
    SetVariableHistoryItem,
    Typebot,
    VisitedEdge,
)
from botloom.store.session_rows import read_session_row
from botloom.store.types import utcnow
from tests.support.factories import make_member
from tests.support.postgres import PostgresServer


def _outcome(marker: str) -> TurnOutcome:
    state = SessionState(frames=[BotFrame(version_id="v", typebot_id="t")], public_id=marker)
    return _turn_outcome(state)


def _turn_outcome(
    state: SessionState,
    records: TurnRecords | None = None,
    *,
    completed: bool = False,
    frames: list[BotFrame] | None = None,
) -> TurnOutcome:
    """An outcome that says nothing to the visitor: only what is written counts here."""
    return TurnOutcome(
        state=state,
        messages=[],
        input=None,
        client_side_actions=[],
        logs=[],
        records=records or TurnRecords(),
        completed=completed,
        frames=frames or [],
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
        set_variables=[SetVariableRecord(result_id, 0, "vn", "b0", ["Ada", None])],
        logs=[LogRecord(result_id, "error", "It failed", details="why", context="ctx")],
        completed_result_ids={result_id},
    )
    outcome = _turn_outcome(SessionState(frames=[frame]), records, completed=True, frames=[frame])
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
    assert (item.variable_id, item.block_id, item.value) == ("vn", "b0", ["Ada", None])
    log = (await db.scalars(select(Log))).one()
    assert (log.status, log.description, log.details, log.context) == (
        "error",
        "It failed",
        "why",
        "ctx",
    )
    assert await db.get(ChatSession, "done") is None


def _result_turn(
    session_id: str, result_id: str, typebot_id: str, *, answered: bool, turn: int | None
) -> TurnWrite:
    """A turn of a chat whose result is ``result_id``: one answer when ``answered``."""
    frame = BotFrame(
        version_id="v",
        typebot_id=typebot_id,
        result_id=result_id,
        answers=[ChatAnswer(key="Name", value="Ada")] if answered else [],
    )
    records = TurnRecords(
        answers=[AnswerRecord(result_id, "b1", "Ada")] if answered else [],
        logs=[LogRecord(result_id, "info", "a log")],
    )
    outcome = _turn_outcome(SessionState(frames=[frame]), records, frames=[frame])
    new = (result_id, typebot_id) if turn is None else None
    return TurnWrite(
        session_id=session_id,
        outcome=outcome,
        turn=turn,
        keep=True,
        write_results=True,
        new_result=new,
    )


async def _typebot(db: AsyncSession) -> str:
    member = await make_member(db)
    typebot = Typebot(workspace_id=member.workspace.id, name="w", content={"groups": []})
    db.add(typebot)
    await db.commit()
    return typebot.id


async def test_a_stale_finished_turn_deletes_nothing(engine: AsyncEngine, db: AsyncSession) -> None:
    writer = TurnWriter(engine)
    await writer.write(_write("s", None, "first"))
    await db.execute(update(ChatSession).where(ChatSession.id == "s").values(turn=5))
    await db.commit()
    finished = _write("s", 1, "last")
    finished.keep = False
    with pytest.raises(StaleSessionError):
        await writer.write(finished)
    await writer.close()
    db.expire_all()
    assert await _turns(db) == {"s": (5, "first")}


async def test_one_turn_of_a_deleted_result_does_not_fail_the_batch(
    engine: AsyncEngine, db: AsyncSession
) -> None:
    """Its result was deleted mid-chat: its session moves on, its rows are dropped and the
    result stays deleted; the other turns of the batch are written whole."""
    typebot_id = await _typebot(db)
    writer = TurnWriter(engine)
    await asyncio.gather(
        *(
            writer.write(_result_turn(f"s{i}", f"r{i}", typebot_id, answered=False, turn=None))
            for i in range(3)
        )
    )
    await db.execute(delete(Result).where(Result.id == "r1"))
    await db.commit()
    await asyncio.gather(
        *(
            writer.write(_result_turn(f"s{i}", f"r{i}", typebot_id, answered=True, turn=1))
            for i in range(3)
        )
    )
    await writer.close()
    db.expire_all()
    assert {k: v[0] for k, v in (await _turns(db)).items()} == {"s0": 2, "s1": 2, "s2": 2}
    results = {r.id: r.has_started for r in await db.scalars(select(Result))}
    assert results == {"r0": True, "r2": True}
    answers = sorted(a.result_id for a in await db.scalars(select(Answer)))
    assert answers == ["r0", "r2"]
    assert "r1" not in {log.result_id for log in await db.scalars(select(Log))}


async def test_a_started_result_stays_started(engine: AsyncEngine, db: AsyncSession) -> None:
    typebot_id = await _typebot(db)
    writer = TurnWriter(engine)
    await writer.write(_result_turn("s", "r", typebot_id, answered=True, turn=None))
    await writer.write(_result_turn("s", "r", typebot_id, answered=False, turn=1))
    await writer.close()
    result = await db.get(Result, "r")
    assert result is not None
    assert result.has_started


async def test_text_json_cannot_hold_is_mended_not_refused(
    engine: AsyncEngine, db: AsyncSession
) -> None:
    """U+0000 and lone surrogates (a "\\ud800" escape in a request) in a session's state and
    in an answer's files are stored as nothing and U+FFFD, on both backends."""
    typebot_id = await _typebot(db)
    write = _result_turn("s", "r", typebot_id, answered=True, turn=None)
    write.outcome.state.public_id = "a\x00b\ud800c"
    write.outcome.records.answers[0].attached_file_urls = ["https://f.test/\x00\ud800"]
    writer = TurnWriter(engine)
    await writer.write(write)
    await writer.close()
    assert (await _turns(db))["s"] == (1, "ab\ufffdc")
    answer = (await db.scalars(select(Answer))).one()
    assert answer.attached_file_urls == ["https://f.test/\ufffd"]


async def test_two_workers_racing_for_one_session(database_url: str, db: AsyncSession) -> None:
    """Two processes' writers (two engines) write the same turn of one session at once:
    exactly one wins, the other is told its turn is stale."""
    first, second = create_engine(database_url), create_engine(database_url)
    try:
        writers = [TurnWriter(first), TurnWriter(second)]
        await writers[0].write(_write("s", None, "start"))
        outcomes = await asyncio.gather(
            writers[0].write(_write("s", 1, "one")),
            writers[1].write(_write("s", 1, "two")),
            return_exceptions=True,
        )
        for writer in writers:
            await writer.close()
    finally:
        await first.dispose()
        await second.dispose()
    assert sorted(type(o).__name__ for o in outcomes) == ["NoneType", "StaleSessionError"]
    turn, marker = (await _turns(db))["s"]
    assert turn == 2
    assert marker == ("one" if outcomes[0] is None else "two")


async def test_turns_go_on_after_the_database_dropped_its_connections(
    postgres: PostgresServer,
) -> None:
    """PostgreSQL restarted (its connections to us killed): the next read is retried on a
    fresh connection and the next write goes through, with no failed turn in between.
    PostgreSQL only: SQLite has no server connections to lose."""
    postgres.create_database("lost_connections")
    database_url = postgres.url("lost_connections")
    await asyncio.to_thread(upgrade, database_url)
    name = f"botloom-{new_id()}"
    engine = create_async_engine(
        database_url,
        connect_args={"server_settings": {"application_name": name}},
        json_serializer=dump_json,
        pool_size=3,
        max_overflow=0,
    )
    try:
        writer = TurnWriter(engine)
        await writer.write(_write("s", None, "before"))
        assert await read_session_row(engine, "s") is not None
        admin = create_engine(database_url)
        async with admin.connect() as connection:
            killed = await connection.scalar(
                text(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE application_name = :name"
                ),
                {"name": name},
            )
        await admin.dispose()
        assert killed
        row = await read_session_row(engine, "s")
        assert row is not None
        assert row.turn == 1
        await writer.write(_write("s", 1, "after"))
        await writer.close()
        row = await read_session_row(engine, "s")
    finally:
        await engine.dispose()
    assert row is not None
    assert row.turn == 2
