"""Streaming an AI answer to the web widget through ``streamMessage`` (docs/chat-api.md): the turn
asks the client to stream, the pieces reach it as the provider sends them, and the chat goes on
from the streamed answer."""

import asyncio

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.store.models import Log, Result
from tests.integration.llm.bots import add_credentials, ai_bot, chat_block, publish
from tests.integration.llm.fake_llm import FakeLlmServer, Reply
from tests.integration.llm.streaming import (
    ORIGIN,
    STREAM_ACTION,
    pieces,
    streaming_chat,
    texts,
)
from tests.support.factories import make_member


@pytest.mark.parametrize("block_type", ["openai", "anthropic"])
async def test_pieces_reach_the_client_as_they_come_then_the_chat_goes_on(
    chat: httpx.AsyncClient, db: AsyncSession, fake_llm: FakeLlmServer, block_type: str
) -> None:
    second = asyncio.Event()
    fake_llm.script(Reply(chunks=["Hel", 'lo "you"\n'], gates={1: second}))
    turn = await streaming_chat(chat, db, fake_llm, block_type)
    assert turn["messages"] == []
    assert turn["clientSideActions"] == [STREAM_ACTION]
    assert "input" not in turn
    assert fake_llm.chat_calls() == [], "nothing is asked of the provider before the stream"

    session = turn["sessionId"]
    async with chat.stream(
        "POST", f"/api/v2/sessions/{session}/streamMessage", json={}, headers={"Origin": ORIGIN}
    ) as response:
        assert response.status_code == 200
        assert response.headers["x-accel-buffering"] == "no"
        assert response.headers["cache-control"] == "no-cache, no-transform"
        assert response.headers["content-type"].startswith("text/plain")
        assert response.headers["access-control-allow-origin"] == ORIGIN
        assert "content-encoding" not in response.headers
        lines = response.aiter_lines()
        first = await asyncio.wait_for(anext(lines), 5)
        assert pieces([first]) == ["Hel"]
        assert not second.is_set(), "the first piece arrived before the second was sent"
        second.set()
        rest = [line async for line in lines if line]
    assert pieces(rest) == ['lo "you"\n']
    (call,) = fake_llm.chat_calls()
    assert call.body["stream"] is True

    after = await chat.post(
        f"/api/v1/sessions/{session}/continueChat", json={"message": 'Hello "you"\n'}
    )
    body = after.json()
    assert texts(body) == ["Tokens: 12"], "the streamed bubble is not sent again"
    assert body["input"]["id"] == "again"
    result = await db.get(Result, turn["resultId"])
    assert result is not None
    await db.refresh(result)
    values = {v["name"]: v["value"] for v in result.variables}
    assert values["Answer"] == 'Hello "you"\n'


async def test_the_streamed_answer_is_kept_even_without_the_client_sending_it(
    chat: httpx.AsyncClient, db: AsyncSession, fake_llm: FakeLlmServer
) -> None:
    fake_llm.script(Reply(chunks=["A", "B"]))
    turn = await streaming_chat(chat, db, fake_llm)
    session = turn["sessionId"]
    streamed = await chat.post(f"/api/v2/sessions/{session}/streamMessage", json={})
    assert pieces(streamed.text.splitlines()) == ["A", "B"]
    body = (await chat.post(f"/api/v1/sessions/{session}/continueChat", json={})).json()
    assert texts(body) == ["Tokens: 12"]
    again = (
        await chat.post(f"/api/v1/sessions/{session}/continueChat", json={"message": "More"})
    ).json()
    assert again["clientSideActions"] == [STREAM_ACTION], "the next question streams too"
    second = await chat.post(f"/api/v2/sessions/{session}/streamMessage", json={})
    assert pieces(second.text.splitlines()) == ["Hello", " there"]
    user_turns = [
        [m["content"] for m in call.body["messages"] if m["role"] == "user"]
        for call in fake_llm.chat_calls()
    ]
    assert user_turns == [["Hi"], ["More"]]


@pytest.mark.parametrize(
    ("reply", "description"),
    [
        (Reply(status=500, error="Model overloaded"), "OpenAI: The provider answered HTTP 500"),
        (Reply(delay=3), "OpenAI: The provider did not answer within 1.5 s"),
    ],
)
async def test_a_failing_stream_ends_with_a_log_and_the_chat_goes_on(
    chat: httpx.AsyncClient,
    db: AsyncSession,
    fake_llm: FakeLlmServer,
    reply: Reply,
    description: str,
) -> None:
    fake_llm.script(reply)
    turn = await streaming_chat(chat, db, fake_llm)
    session = turn["sessionId"]
    streamed = await chat.post(f"/api/v2/sessions/{session}/streamMessage", json={})
    assert streamed.status_code == 200
    assert streamed.text == ""
    body = (await chat.post(f"/api/v1/sessions/{session}/continueChat", json={})).json()
    assert texts(body) == ["Tokens: "]
    assert body["input"]["id"] == "again"
    logs = (await db.scalars(select(Log).where(Log.result_id == turn["resultId"]))).all()
    assert [log.description for log in logs] == [description]


async def test_a_stream_that_stalls_keeps_what_came(
    chat: httpx.AsyncClient, db: AsyncSession, fake_llm: FakeLlmServer
) -> None:
    never = asyncio.Event()
    fake_llm.script(Reply(chunks=["Half", " never"], gates={1: never}))
    turn = await streaming_chat(chat, db, fake_llm)
    session = turn["sessionId"]
    streamed = await chat.post(f"/api/v2/sessions/{session}/streamMessage", json={})
    never.set()
    assert pieces(streamed.text.splitlines()) == ["Half"]
    body = (await chat.post(f"/api/v1/sessions/{session}/continueChat", json={})).json()
    assert body["input"]["id"] == "again"
    result = await db.get(Result, turn["resultId"])
    assert result is not None
    await db.refresh(result)
    assert {v["name"]: v["value"] for v in result.variables}["Answer"] == "Half"


async def test_without_streams_or_without_the_bubble_the_answer_comes_in_the_turn(
    chat: httpx.AsyncClient, db: AsyncSession, fake_llm: FakeLlmServer
) -> None:
    member = await make_member(db)
    credentials = await add_credentials(
        db, member, "openai", {"apiKey": "sk", "baseUrl": fake_llm.base_url}
    )
    # The answer is not shown right after the block: nothing to stream.
    document = ai_bot(chat_block("openai", credentials), after=[])
    await publish(db, member, document, "nobubble")
    start = (
        await chat.post("/api/v1/typebots/nobubble/startChat", json={"isStreamEnabled": True})
    ).json()
    body = (
        await chat.post(
            f"/api/v1/sessions/{start['sessionId']}/continueChat", json={"message": "Hi"}
        )
    ).json()
    assert "clientSideActions" not in body
    assert texts(body) == ["Tokens: 12"]


async def test_stream_message_errors(chat: httpx.AsyncClient, db: AsyncSession) -> None:
    missing = await chat.post("/api/v2/sessions/nope/streamMessage", json={})
    assert missing.status_code == 404
    member = await make_member(db)
    await publish(db, member, ai_bot(chat_block("openai", None), after=[]), "idle")
    start = (await chat.post("/api/v1/typebots/idle/startChat", json={})).json()
    idle = await chat.post(f"/api/v2/sessions/{start['sessionId']}/streamMessage", json={})
    assert idle.status_code == 400
    assert idle.json()["message"] == "This session has no message to stream"


async def test_the_widget_may_call_stream_message_from_any_page(chat: httpx.AsyncClient) -> None:
    preflight = await chat.options(
        "/api/v2/sessions/abc/streamMessage",
        headers={
            "Origin": ORIGIN,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert preflight.status_code == 204
    assert preflight.headers["access-control-allow-origin"] == ORIGIN
    assert preflight.headers["access-control-allow-headers"] == "content-type"


async def test_an_assistant_answer_streams_too(
    chat: httpx.AsyncClient, db: AsyncSession, fake_llm: FakeLlmServer
) -> None:
    member = await make_member(db)
    credentials = await add_credentials(
        db, member, "openai", {"apiKey": "sk", "baseUrl": fake_llm.base_url}
    )
    block = {
        "id": "ai",
        "type": "openai",
        "options": {
            "credentialsId": credentials,
            "action": "Ask Assistant",
            "assistantId": "asst_1",
            "threadVariableId": "vhistory",
            "message": "{{Question}}",
            "responseMapping": [{"variableId": "vanswer"}],
        },
    }
    await publish(db, member, ai_bot(block), "assistant")
    fake_llm.script(Reply(chunks=["It is", " 42"]))
    start = (
        await chat.post("/api/v1/typebots/assistant/startChat", json={"isStreamEnabled": True})
    ).json()
    session = start["sessionId"]
    turn = (
        await chat.post(f"/api/v1/sessions/{session}/continueChat", json={"message": "Why?"})
    ).json()
    assert turn["clientSideActions"] == [STREAM_ACTION]
    streamed = await chat.post(f"/api/v2/sessions/{session}/streamMessage", json={})
    assert pieces(streamed.text.splitlines()) == ["It is", " 42"]
    result = await db.get(Result, start["resultId"])
    assert result is not None
    await db.refresh(result)
    values = {v["name"]: v["value"] for v in result.variables}
    assert (values["Answer"], values["History"]) == ("It is 42", "thread_1")
