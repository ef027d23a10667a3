"""Migration 0010 on a database that already holds results: the waiting blocks of unfinished
chats, the path totals and the search index start from what is there, and it goes back down."""

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import func, insert, select
from sqlalchemy.ext.asyncio import AsyncEngine

from botloom.domain.analytics.queries import (
    path_counts_from_buckets,
    path_counts_from_results,
    stats_from_buckets,
    stats_from_results,
)
from botloom.domain.analytics.time_filter import TimeWindow
from botloom.ids import new_id
from botloom.store.answer_search import answers_contain
from botloom.store.db import create_engine, session_factory
from botloom.store.migrate import alembic_config
from botloom.store.models import Answer, ChatSession, Result, VisitedEdge
from tests.conftest import BACKENDS
from tests.integration.analytics.chats import publish_survey
from tests.support.factories import make_member
from tests.support.postgres import PostgresServer

BEFORE = "0009"
# The columns results had before 0010 (the model has one more).
RESULT_COLUMNS = ("id", "typebot_id", "variables", "has_started", "is_completed", "is_archived")


@pytest.fixture(params=BACKENDS)
async def old_database(
    request: pytest.FixtureRequest, tmp_path: Path
) -> AsyncIterator[tuple[str, AsyncEngine]]:
    """A database migrated up to the revision before 0010."""
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path / 'old.db'}"
    else:
        server: PostgresServer = request.getfixturevalue("postgres")
        name = f"migration_{new_id()[:8]}"
        server.create_database(name)
        url = server.url(name)
    await asyncio.to_thread(command.upgrade, alembic_config(url), BEFORE)
    engine = create_engine(url)
    yield url, engine
    await engine.dispose()


async def _fill(engine: AsyncEngine) -> str:
    """Results of a published bot as 0009 stored them; the bot's id."""
    async with session_factory(engine)() as db:
        member = await make_member(db)
        bot = await publish_survey(db, member, "old")
    now = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
    async with engine.begin() as connection:
        rows, answers, edges, sessions = [], [], [], []
        for n in range(40):
            result_id, session_id = new_id(), new_id()
            completed, archived = n % 3 == 0, n % 7 == 0
            values = (result_id, bot, [], True, completed, archived)
            rows.append(
                dict(zip(RESULT_COLUMNS, values, strict=True))
                | {"created_at": now + timedelta(minutes=11 * n), "updated_at": now}
                | {"last_chat_session_id": None if completed else session_id}
            )
            if not completed:
                waiting = "n1" if n % 2 else "c1"
                sessions.append({"id": session_id, "state": {"currentBlockId": waiting}})
            answers.append({"result_id": result_id, "block_id": "c1", "content": f"Yes {n}"})
            if n % 2 == 0:
                answers.append({"result_id": result_id, "block_id": "n1", "content": f"Ada {n}"})
                edges.append({"result_id": result_id, "index": 0, "edge_id": "e_yes"})
        await connection.execute(insert(ChatSession), sessions)
        await connection.execute(insert(Result.__table__), rows)
        await connection.execute(insert(Answer), answers)
        await connection.execute(insert(VisitedEdge), edges)
    return bot


async def test_the_migration_counts_what_is_there_and_goes_back(
    old_database: tuple[str, AsyncEngine],
) -> None:
    url, engine = old_database
    bot = await _fill(engine)
    await asyncio.to_thread(command.upgrade, alembic_config(url), "head")
    await engine.dispose()

    async with session_factory(engine)() as db:
        counted = await path_counts_from_results(db=db, typebot_id=bot, window=TimeWindow())
        kept = await path_counts_from_buckets(db=db, typebot_id=bot, window=TimeWindow())
        assert kept == counted
        assert counted.waiting, "the waiting blocks came from the chat sessions"
        assert set(counted.waiting) == {"c1", "n1"}
        assert counted.answers["c1"][0] == 40 - len(range(0, 40, 7))
        found = await db.scalar(
            select(func.count()).select_from(Result).where(answers_contain("ada 1"))
        )
        assert found == len([n for n in range(0, 40, 2) if str(n).startswith("1")])

    await asyncio.to_thread(command.downgrade, alembic_config(url), BEFORE)
    await asyncio.to_thread(command.upgrade, alembic_config(url), "head")
    await engine.dispose()
    async with session_factory(engine)() as db:
        again = await path_counts_from_buckets(db=db, typebot_id=bot, window=TimeWindow())
        assert again == counted
        # The answers are all still there, and so are the stats' triggers of 0003.
        assert await db.scalar(select(func.count()).select_from(Answer)) == 60
        await db.execute(insert(Result).values(id=new_id(), typebot_id=bot, has_started=True))
        stats = await stats_from_buckets(db=db, typebot_id=bot, window=TimeWindow())
        assert stats == await stats_from_results(db=db, typebot_id=bot, window=TimeWindow())
        assert stats.total_views == 41 - len(range(0, 40, 7))
