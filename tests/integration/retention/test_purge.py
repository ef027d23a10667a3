"""Purging results past their workspace's retention, while chats go on, on both backends."""

import asyncio
import os
import sys
import time
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from botloom.domain.results.retention import purge_expired_results
from botloom.settings import Settings
from botloom.store.files.base import FileStorage
from botloom.store.models import ChatSession, Result
from botloom.store.types import utcnow
from tests.integration.analytics.chats import publish_survey
from tests.integration.retention.old_results import count_rows, insert_results
from tests.support.chats import chat
from tests.support.factories import Member, make_member
from tests.support.live_server import start_live_server

GONE = {"result": 0, "answer": 0, "log": 0, "visited_edge": 0, "set_variable_history_item": 0}


def _all(results: int) -> dict[str, int]:
    return {
        "result": results,
        "answer": 3 * results,
        "log": results,
        "visited_edge": results,
        "set_variable_history_item": results,
    }


async def _keep_for(client: httpx.AsyncClient, member: Member, days: int) -> None:
    response = await client.patch(
        f"/api/v1/workspaces/{member.workspace.id}",
        json={"settings": {"resultsRetentionDays": days}},
        headers=member.headers,
    )
    assert response.status_code == 200, response.text


async def _survey_kept_for(
    client: httpx.AsyncClient, db: AsyncSession, days: int, public_id: str
) -> tuple[Member, str]:
    """A new member whose workspace keeps results ``days`` days, and the id of the survey it
    published as ``public_id``."""
    member = await make_member(db)
    await _keep_for(client, member, days)
    return member, await publish_survey(db, member, public_id)


async def test_purge_deletes_only_what_is_past_the_limit(
    client: httpx.AsyncClient, db: AsyncSession, engine: AsyncEngine, files: FileStorage
) -> None:
    limited, bot = await _survey_kept_for(client, db, 30, "limited")
    other_bot = await publish_survey(db, await make_member(db), "unlimited")
    now = utcnow()
    expired = await insert_results(engine, bot, 7, now - timedelta(days=31))
    recent = await insert_results(engine, bot, 2, now - timedelta(days=29))
    still_chatting = await insert_results(
        engine, bot, 1, now - timedelta(days=40), updated_at=now - timedelta(days=1)
    )
    other = await insert_results(engine, other_bot, 3, now - timedelta(days=400))
    from_chats = [await chat(client, "limited", "Yes", "Ada"), await chat(client, "limited")]

    report = await purge_expired_results(engine=engine, files=files, chunk_size=3)

    assert report.deleted == {limited.workspace.id: 7}
    assert await count_rows(engine, expired) == GONE
    assert await count_rows(engine, recent + still_chatting) == _all(3)
    assert await count_rows(engine, other) == _all(3)
    assert (await count_rows(engine, from_chats))["result"] == 2
    again = await purge_expired_results(engine=engine, files=files)
    assert again.total == 0


async def test_chats_go_on_while_a_big_purge_runs(
    client: httpx.AsyncClient, db: AsyncSession, engine: AsyncEngine, files: FileStorage
) -> None:
    """The purge takes the write lock one chunk at a time: turns are written in between."""
    _, bot = await _survey_kept_for(client, db, 1, "busy")
    old = utcnow() - timedelta(days=2)
    expired: list[str] = []
    for _ in range(4):
        expired += await insert_results(engine, bot, 5000, old)

    purge = asyncio.create_task(purge_expired_results(engine=engine, files=files, chunk_size=500))
    chats: list[str] = []
    while not purge.done():
        chats.append(await chat(client, "busy", "Yes", "Ada"))
    report = await purge

    assert report.total == 20_000
    # Measured on SQLite: about 30 chats of 3 turns; 2 when one transaction deletes it all.
    assert len(chats) >= 8, "chat turns waited for the whole purge"
    assert await count_rows(engine, expired) == GONE
    assert (await count_rows(engine, chats))["result"] == len(chats)


async def test_botloom_results_purge_command(
    client: httpx.AsyncClient,
    db: AsyncSession,
    engine: AsyncEngine,
    database_url: str,
    tmp_path: Path,
) -> None:
    member, bot = await _survey_kept_for(client, db, 10, "cli")
    expired = await insert_results(engine, bot, 4, utcnow() - timedelta(days=11))
    kept = await insert_results(engine, bot, 1, utcnow() - timedelta(days=9))
    env = {
        **os.environ,
        "BOTLOOM_DATABASE_URL": database_url,
        "BOTLOOM_DATA_DIR": str(tmp_path),
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "botloom",
        "results",
        "purge",
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await asyncio.wait_for(process.communicate(), timeout=60)
    assert process.returncode == 0, stderr.decode()
    assert f"{member.workspace.id}: 4 results deleted" in stdout.decode()
    assert await count_rows(engine, expired) == GONE
    assert await count_rows(engine, kept) == _all(1)


async def test_the_server_purges_on_its_own(
    client: httpx.AsyncClient,
    db: AsyncSession,
    engine: AsyncEngine,
    database_url: str,
    tmp_path: Path,
) -> None:
    _, bot = await _survey_kept_for(client, db, 5, "periodic")
    kept = await insert_results(engine, bot, 1, utcnow() - timedelta(days=4))
    settings = Settings(
        database_url=database_url, data_dir=tmp_path, retention_interval_seconds=0.1
    )
    server = start_live_server(settings)
    try:
        # Expired after the server's first purge: only a later, periodic one removes them.
        await asyncio.sleep(0.3)
        expired = await insert_results(engine, bot, 3, utcnow() - timedelta(days=6))
        deadline = time.monotonic() + 15
        while (await count_rows(engine, expired))["result"]:
            if time.monotonic() > deadline:
                pytest.fail("the server did not purge expired results")
            await asyncio.sleep(0.1)
    finally:
        server.stop()
    assert await count_rows(engine, expired) == GONE
    assert await count_rows(engine, kept) == _all(1)


async def test_an_expired_chat_left_open_ends_with_its_result(
    client: httpx.AsyncClient, db: AsyncSession, engine: AsyncEngine, files: FileStorage
) -> None:
    member, _ = await _survey_kept_for(client, db, 3, "idle")
    start = await client.post("/api/v1/typebots/idle/startChat", json={})
    session_id, result_id = start.json()["sessionId"], start.json()["resultId"]
    long_ago = utcnow() - timedelta(days=4)
    await db.execute(
        update(Result)
        .where(Result.id == result_id)
        .values(created_at=long_ago, updated_at=long_ago)
    )
    await db.commit()

    report = await purge_expired_results(engine=engine, files=files)

    assert report.deleted == {member.workspace.id: 1}
    assert await db.get(ChatSession, session_id) is None
    late = await client.post(
        f"/api/v1/sessions/{session_id}/continueChat",
        json={"message": {"type": "text", "text": "Yes"}},
    )
    assert late.status_code == 404
