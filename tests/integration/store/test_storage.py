"""The storage layer itself, on SQLite and PostgreSQL."""

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.store.models import (
    Answer,
    ChatSession,
    Log,
    PublishedVersion,
    Result,
    SetVariableHistoryItem,
    Typebot,
    VisitedEdge,
)
from tests.support.factories import make_member


async def _bot(db: AsyncSession, workspace_id: str) -> Typebot:
    typebot = Typebot(workspace_id=workspace_id, name="b", content={"groups": []})
    db.add(typebot)
    await db.commit()
    return typebot


async def test_timestamps_are_utc_milliseconds(db: AsyncSession) -> None:
    member = await make_member(db)
    typebot = await _bot(db, member.workspace.id)
    paris = timezone(timedelta(hours=1))
    typebot.updated_at = datetime(2026, 3, 1, 12, 30, 15, 123456, tzinfo=paris)
    await db.commit()
    typebot_id = typebot.id
    db.expire_all()
    loaded = await db.get(Typebot, typebot_id)
    assert loaded is not None
    assert loaded.updated_at == datetime(2026, 3, 1, 11, 30, 15, 123000, tzinfo=UTC)
    assert loaded.updated_at.tzinfo is not None


async def _stored_content(db: AsyncSession, content: dict[str, Any]) -> dict[str, Any]:
    """``content`` saved as a bot's JSON, then read back from the database."""
    member = await make_member(db)
    typebot = Typebot(workspace_id=member.workspace.id, name="j", content=content)
    db.add(typebot)
    await db.commit()
    typebot_id = typebot.id
    db.expire_all()
    loaded = await db.get(Typebot, typebot_id)
    assert loaded is not None
    return loaded.content


async def test_json_keeps_unicode_and_nesting(db: AsyncSession) -> None:
    content = {"groups": [{"title": "Café ☕ \\u0000 \\", "blocks": [{"a": [1, None, True]}]}]}
    assert await _stored_content(db, content) == content


async def test_nul_characters_are_dropped_on_both_backends(db: AsyncSession) -> None:
    """PostgreSQL's JSONB cannot hold U+0000; pasted text with one must not fail the write."""
    content = {"t": "a\x00b", "k\x00": ["\x00"]}
    assert await _stored_content(db, content) == {"t": "ab", "k": [""]}


async def test_deleting_a_bot_removes_its_versions_and_results(db: AsyncSession) -> None:
    member = await make_member(db)
    typebot = await _bot(db, member.workspace.id)
    version = PublishedVersion(typebot_id=typebot.id, number=1, name="b", content={})
    result = Result(typebot_id=typebot.id, variables=[{"id": "v", "name": "n", "value": "x"}])
    db.add_all([version, result])
    await db.flush()
    typebot.published_version_id = version.id
    db.add_all(
        [
            Answer(result_id=result.id, block_id="b1", content="hi"),
            Log(result_id=result.id, description="boom"),
            VisitedEdge(result_id=result.id, index=0, edge_id="e"),
            SetVariableHistoryItem(
                result_id=result.id, index=0, variable_id="v", block_id="b", value="x"
            ),
        ]
    )
    await db.commit()
    await db.delete(typebot)
    await db.commit()
    for model in (PublishedVersion, Result, Answer, Log, VisitedEdge, SetVariableHistoryItem):
        assert await db.scalar(select(func.count()).select_from(model)) == 0, model


async def test_version_numbers_are_unique_per_bot(db: AsyncSession) -> None:
    member = await make_member(db)
    typebot = await _bot(db, member.workspace.id)
    other = await _bot(db, member.workspace.id)
    db.add_all(
        [
            PublishedVersion(typebot_id=typebot.id, number=1, name="b", content={}),
            PublishedVersion(typebot_id=other.id, number=1, name="b", content={}),
        ]
    )
    await db.commit()
    db.add(PublishedVersion(typebot_id=typebot.id, number=1, name="b", content={}))
    with pytest.raises(IntegrityError):
        await db.commit()
    await db.rollback()


async def test_foreign_keys_are_enforced(db: AsyncSession) -> None:
    db.add(Answer(result_id="no-such-result", block_id="b", content="x"))
    with pytest.raises(IntegrityError):
        await db.commit()
    await db.rollback()


async def test_chat_session_state_round_trips(db: AsyncSession) -> None:
    state = {"versionId": "v1", "cursor": {"blockId": "b"}, "variables": {"a": ["x", None]}}
    db.add(ChatSession(id="s1", state=state))
    await db.commit()
    db.expire_all()
    loaded = await db.get(ChatSession, "s1")
    assert loaded is not None
    assert loaded.state == state


async def test_nan_and_infinities_are_stored_as_null(db: AsyncSession) -> None:
    """A script can leave ``NaN`` in a variable; JSONB refuses it, so both backends store
    null rather than fail the write."""
    content = {"v": [float("nan"), float("inf"), -float("inf"), 1.5]}
    assert await _stored_content(db, content) == {"v": [None, None, None, 1.5]}
