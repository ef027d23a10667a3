"""The webhook block through the real server: a chat waits on it, ``executeWebhook`` resumes
it, and the page's event stream delivers the next turn at once (SQLite and PostgreSQL)."""

import asyncio
import json
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.scenarios.runner import plain_text
from botloom.store.models import ChatSession, Result
from tests.support.bots import webhook_bot
from tests.support.factories import make_member
from tests.support.live_apps import client_of, live_app
from tests.support.publishing import publisher


async def _start(client: httpx.AsyncClient, db: AsyncSession) -> dict[str, Any]:
    member = await make_member(db)
    await publisher(db, member)(webhook_bot(), "hook", None)
    response = await client.post("/api/v1/typebots/hook/startChat", json={})
    assert response.status_code == 200
    return dict(response.json())


def _hook_url(start: dict[str, Any], block_id: str = "wh", result_id: str | None = None) -> str:
    typebot_id = start["typebot"]["id"]
    result = result_id or start["resultId"]
    return f"/api/v1/typebots/{typebot_id}/blocks/{block_id}/results/{result}/executeWebhook"


def _texts(body: dict[str, Any]) -> list[str]:
    return [plain_text(m) for m in body["messages"]]


async def _events(
    client: httpx.AsyncClient, session_id: str, listen_id: int = 1
) -> AsyncIterator[dict[str, Any]]:
    """The stream's events as they come (its opening comment is yielded as ``{}``)."""
    url = f"/api/v1/sessions/{session_id}/webhookEvents"
    async with client.stream("GET", url, params={"listenId": listen_id}) as response:
        assert response.status_code == 200, await response.aread()
        assert response.headers["content-type"].startswith("text/event-stream")
        async for line in response.aiter_lines():
            if line.startswith(": "):
                yield {}
            elif line.startswith("data: "):
                yield json.loads(line.removeprefix("data: "))


async def _next_event_after_call(
    listener: httpx.AsyncClient, caller: httpx.AsyncClient, start: dict[str, Any], body: object
) -> tuple[dict[str, Any], float]:
    """Open the stream, then call the webhook: the event and how long it took to come."""
    events = _events(listener, start["sessionId"])
    assert await anext(events) == {}
    called = time.monotonic()
    response = await caller.post(_hook_url(start), json=body)
    assert response.status_code == 200, response.text
    assert response.json() == {"message": "Webhook executed"}
    event = await asyncio.wait_for(anext(events), timeout=5)
    await events.aclose()
    return event, time.monotonic() - called


async def test_the_call_resumes_the_chat_and_the_stream_delivers_it(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    start = await _start(client, db)
    assert _texts(start) == ["Waiting for your payment"]
    assert start["clientSideActions"] == [
        {
            "type": "listenForWebhook",
            "expectsDedicatedReply": True,
            "listenId": 1,
            "lastBubbleBlockId": "b1",
        }
    ]
    assert "input" not in start

    event, elapsed = await _next_event_after_call(client, client, start, {"order": {"id": "A-42"}})
    assert elapsed < 1
    assert _texts(event) == ["Order A-42 received"]
    assert event["input"]["id"] == "b3"

    result = await db.get(Result, start["resultId"])
    assert result is not None
    await db.refresh(result)
    assert {v["name"]: v["value"] for v in result.variables} == {"Order": "A-42"}

    session = await db.get(ChatSession, start["sessionId"])
    assert session is not None
    assert session.state["extra"]["webhookReply"]["listenId"] == 1
    reply = await client.post(
        f"/api/v1/sessions/{start['sessionId']}/continueChat",
        json={"message": {"type": "text", "text": "Ada"}},
    )
    assert _texts(reply.json()) == ["Thanks Ada for order A-42"]


async def test_a_stream_opened_after_the_call_gets_it_at_once(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    start = await _start(client, db)
    assert (await client.post(_hook_url(start), json={"order": {"id": 7}})).status_code == 200
    events = _events(client, start["sessionId"])
    assert await anext(events) == {}
    event = await asyncio.wait_for(anext(events), timeout=2)
    await events.aclose()
    assert _texts(event) == ["Order 7 received"]


async def test_a_client_that_answers_the_action_itself_ends_the_stream(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    """Typebot's own embed relays the call with continueChat: the body is the message."""
    start = await _start(client, db)
    events = _events(client, start["sessionId"])
    assert await anext(events) == {}
    reply = await client.post(
        f"/api/v1/sessions/{start['sessionId']}/continueChat",
        json={"message": {"type": "text", "text": json.dumps({"order": {"id": "C"}})}},
    )
    assert _texts(reply.json()) == ["Order C received"]
    with pytest.raises(StopAsyncIteration):
        await asyncio.wait_for(anext(events), timeout=20)
    assert (await client.post(_hook_url(start), json={})).status_code == 409


async def test_calls_that_resume_nothing_are_refused(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    start = await _start(client, db)
    wrong_block = await client.post(_hook_url(start, block_id="b1"), json={})
    assert wrong_block.status_code == 409
    assert "not waiting for the webhook of block b1" in wrong_block.json()["message"]
    unknown = await client.post(_hook_url(start, result_id="nope"), json={})
    assert unknown.status_code == 404
    not_json = await client.post(
        _hook_url(start), content=b"order=1", headers={"Content-Type": "text/plain"}
    )
    assert not_json.status_code == 400
    assert "body: must be JSON" in not_json.json()["message"]
    other_bot = _hook_url(start).replace(start["typebot"]["id"], "someoneelse")
    assert (await client.post(other_bot, json={})).status_code == 404

    assert (await client.post(_hook_url(start), json={"order": {"id": 1}})).status_code == 200
    again = await client.post(_hook_url(start), json={"order": {"id": 2}})
    assert again.status_code == 409
    later_wait = await client.get(
        f"/api/v1/sessions/{start['sessionId']}/webhookEvents", params={"listenId": 2}
    )
    assert later_wait.status_code == 409
    gone = await client.get("/api/v1/sessions/nope/webhookEvents", params={"listenId": 1})
    assert gone.status_code == 404


async def test_the_builders_test_call_resumes_the_callers_preview(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    stranger = await make_member(db)
    await publisher(db, member)(webhook_bot(), "hook", "hookbot")
    preview = await client.post(
        "/api/v1/typebots/hookbot/preview/startChat", json={}, headers=member.headers
    )
    assert preview.status_code == 200, preview.text
    start = preview.json()
    assert start["clientSideActions"][0]["type"] == "listenForWebhook"
    url = "/api/v1/typebots/hookbot/blocks/wh/web/executeTestWebhook"
    assert (await client.post(url, json={})).status_code == 401
    assert (await client.post(url, json={}, headers=stranger.headers)).status_code == 404

    events = _events(client, start["sessionId"])
    assert await anext(events) == {}
    called = await client.post(url, json={"order": {"id": "T-1"}}, headers=member.headers)
    assert called.status_code == 200, called.text
    assert called.json() == {
        "message": "Test webhook executed (1 preview chats resumed)",
        "resumed": 1,
    }
    event = await asyncio.wait_for(anext(events), timeout=5)
    await events.aclose()
    assert _texts(event) == ["Order T-1 received"]
    again = await client.post(url, json={}, headers=member.headers)
    assert again.json()["resumed"] == 0

    # Previews are kept when they end: the webhook's response is dropped at the next turn.
    session_id = start["sessionId"]
    kept = await db.get(ChatSession, session_id)
    assert kept is not None
    assert "webhookReply" in kept.state["extra"]
    await client.post(
        f"/api/v1/sessions/{session_id}/continueChat",
        json={"message": {"type": "text", "text": "Ada"}},
    )
    await db.refresh(kept)
    assert "webhookReply" not in kept.state["extra"]


async def test_the_stream_and_the_call_on_two_workers(
    client: httpx.AsyncClient,
    db: AsyncSession,
    database_url: str,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """On PostgreSQL the stream in one server hears of a call made to another through
    LISTEN/NOTIFY (SQLite runs a single process)."""
    if not database_url.startswith("postgresql"):
        pytest.skip("several workers share a database only on PostgreSQL")
    start = await _start(client, db)
    with live_app(database_url, tmp_path_factory) as other:
        async with client_of(other.base_url) as second:
            event, elapsed = await _next_event_after_call(
                client, second, start, {"order": {"id": "B"}}
            )
    assert elapsed < 1
    assert _texts(event) == ["Order B received"]
