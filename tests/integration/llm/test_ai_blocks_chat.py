"""AI blocks in real chats: the app on a live server calls a fake provider on loopback."""

import base64
from typing import Any

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.scenarios.runner import plain_text
from botloom.store.models import Log
from tests.integration.llm.bots import add_credentials, ai_bot, chat_block, publish
from tests.integration.llm.fake_llm import FakeLlmServer, Reply
from tests.support.bots import text_block
from tests.support.factories import make_member

CHAT_ACTIONS = {"anthropic": "Create Chat Message"}


def _texts(body: dict[str, Any]) -> list[str]:
    return [plain_text(m) for m in body["messages"] if m["type"] == "text"]


async def _ask(
    chat: httpx.AsyncClient, public_id: str, question: str, *, stream: bool = False
) -> tuple[str, dict[str, Any]]:
    start = await chat.post(
        f"/api/v1/typebots/{public_id}/startChat", json={"isStreamEnabled": stream}
    )
    assert start.status_code == 200, start.text
    session_id = start.json()["sessionId"]
    reply = await chat.post(
        f"/api/v1/sessions/{session_id}/continueChat",
        json={"message": {"type": "text", "text": question}},
    )
    assert reply.status_code == 200, reply.text
    return session_id, reply.json() | {"resultId": start.json()["resultId"]}


async def _setup(db: AsyncSession, fake: FakeLlmServer, block_type: str, **options: Any) -> str:
    member = await make_member(db)
    credentials = await add_credentials(
        db, member, block_type, {"apiKey": "sk-test", "baseUrl": fake.base_url}
    )
    action = CHAT_ACTIONS.get(block_type, "Create chat completion")
    block = chat_block(block_type, credentials, action=action, **options)
    await publish(db, member, ai_bot(block), block_type)
    return block_type


@pytest.mark.parametrize("block_type", ["openai", "mistral", "groq", "open-router", "anthropic"])
async def test_the_answer_is_fetched_during_the_turn(
    chat: httpx.AsyncClient, db: AsyncSession, fake_llm: FakeLlmServer, block_type: str
) -> None:
    public_id = await _setup(db, fake_llm, block_type)
    fake_llm.script(Reply(chunks=["Four", "."], prompt_tokens=9, completion_tokens=3))
    _session, body = await _ask(chat, public_id, "What is 2+2?")
    assert _texts(body) == ["Four.", "Tokens: 12"]
    assert body["input"]["id"] == "again"
    (call,) = fake_llm.chat_calls()
    assert call.body["model"] == "test-model"
    user_messages = [m for m in call.body["messages"] if m["role"] == "user"]
    assert user_messages == [{"role": "user", "content": "What is 2+2?"}]


async def _logs(db: AsyncSession, result_id: str) -> list[tuple[str, str, str | None]]:
    rows = (await db.scalars(select(Log).where(Log.result_id == result_id))).all()
    return [(row.status, row.description, row.details) for row in rows]


@pytest.mark.parametrize(
    ("reply", "description", "details"),
    [
        (
            Reply(status=401, error="Incorrect API key"),
            "OpenAI: The provider answered HTTP 401",
            "Incorrect API key",
        ),
        (Reply(delay=3), "OpenAI: The provider did not answer within 1.5 s", None),
    ],
)
async def test_a_failing_provider_leaves_a_log_and_the_chat_goes_on(
    chat: httpx.AsyncClient,
    db: AsyncSession,
    fake_llm: FakeLlmServer,
    reply: Reply,
    description: str,
    details: str | None,
) -> None:
    public_id = await _setup(db, fake_llm, "openai")
    fake_llm.script(reply)
    _session, body = await _ask(chat, public_id, "Hi")
    assert _texts(body) == ["Tokens: "]
    assert body["input"]["id"] == "again"
    assert await _logs(db, body["resultId"]) == [("error", description, details)]


async def test_missing_credentials_leave_a_log(
    chat: httpx.AsyncClient, db: AsyncSession, fake_llm: FakeLlmServer
) -> None:
    member = await make_member(db)
    await publish(db, member, ai_bot(chat_block("openai", "nope")), "nocreds")
    _session, body = await _ask(chat, "nocreds", "Hi")
    assert body["input"]["id"] == "again"
    logs = await _logs(db, body["resultId"])
    assert [description for _status, description, _details in logs] == ["Credentials not found"]
    assert fake_llm.calls == []


async def _credentials(
    db: AsyncSession, fake: FakeLlmServer, block_type: str = "openai"
) -> tuple[Any, str]:
    member = await make_member(db)
    credentials = await add_credentials(
        db, member, block_type, {"apiKey": "sk-test", "baseUrl": fake.base_url}
    )
    return member, credentials


async def test_dialogues_and_the_legacy_openai_block(
    chat: httpx.AsyncClient, db: AsyncSession, fake_llm: FakeLlmServer
) -> None:
    member, credentials = await _credentials(db, fake_llm)
    legacy = {
        "id": "ai",
        "type": "OpenAI",
        "options": {
            "task": "Create chat completion",
            "credentialsId": credentials,
            "model": "gpt-legacy",
            "messages": [
                {"id": "m1", "role": "system", "content": "You sell {{Question}}"},
                {
                    "id": "m2",
                    "role": "Messages sequence ✨",
                    "content": {
                        "userMessagesVariableId": "vq",
                        "assistantMessagesVariableId": "vanswer",
                    },
                },
                {"id": "m3", "role": "Dialogue", "dialogueVariableId": "vhistory"},
            ],
            "advancedSettings": {"temperature": "0.5"},
            "responseMapping": [
                {"id": "r1", "valueToExtract": "Message content", "variableId": "vanswer"},
                {"id": "r2", "valueToExtract": "Completion tokens", "variableId": "vtokens"},
            ],
        },
    }
    await publish(db, member, ai_bot(legacy), "legacy")
    fake_llm.script(Reply(chunks=["Bikes!"], completion_tokens=2))
    start = await chat.post(
        "/api/v1/typebots/legacy/startChat",
        json={"prefilledVariables": {"Answer": "Hi", "History": ["u1", "a1", "u2"]}},
    )
    body = (
        await chat.post(
            f"/api/v1/sessions/{start.json()['sessionId']}/continueChat",
            json={"message": "bikes"},
        )
    ).json()
    assert _texts(body) == ["Bikes!", "Tokens: 2"]
    (call,) = fake_llm.chat_calls()
    assert call.body["model"] == "gpt-legacy"
    assert call.body["temperature"] == 0.5
    assert call.body["messages"] == [
        {"role": "system", "content": "You sell bikes"},
        {"role": "user", "content": "bikes"},
        {"role": "assistant", "content": "Hi"},
        {"role": "user", "content": "u1"},
        {"role": "assistant", "content": "a1"},
        {"role": "user", "content": "u2"},
    ]


async def test_generate_variables(
    chat: httpx.AsyncClient, db: AsyncSession, fake_llm: FakeLlmServer
) -> None:
    member, credentials = await _credentials(db, fake_llm, "mistral")
    block = {
        "id": "ai",
        "type": "mistral",
        "options": {
            "credentialsId": credentials,
            "action": "Generate variables",
            "model": "mistral-large-latest",
            "prompt": "Extract from: {{Question}}",
            "variablesToExtract": [
                {"variableId": "vanswer", "type": "string", "description": "The city"},
                {"variableId": "vtokens", "type": "number", "isRequired": False},
            ],
        },
    }
    await publish(db, member, ai_bot(block), "extract")
    fake_llm.script(Reply(json_answer={"Answer": "Paris", "Tokens": 3}))
    _session, body = await _ask(chat, "extract", "I live in Paris, 3 kids")
    assert _texts(body) == ["Paris", "Tokens: 3"]
    (call,) = fake_llm.chat_calls()
    assert call.body["response_format"] == {"type": "json_object"}
    assert call.body["messages"][-1] == {
        "role": "user",
        "content": "Extract from: I live in Paris, 3 kids",
    }
    assert '"required": ["Answer", "Tokens"]' in call.body["messages"][0]["content"]


async def test_speech_transcription_and_assistant(
    chat: httpx.AsyncClient, db: AsyncSession, fake_llm: FakeLlmServer
) -> None:
    member, credentials = await _credentials(db, fake_llm)
    common = {"credentialsId": credentials}
    blocks = [
        {
            "id": "speech",
            "type": "openai",
            "options": common
            | {
                "action": "Create speech",
                "input": "Say {{Question}}",
                "voice": "alloy",
                "saveUrlInVariableId": "vanswer",
            },
        },
        text_block("audio", "{{Answer}}"),
        {
            "id": "hear",
            "type": "openai",
            "options": common
            | {
                "action": "Create transcription",
                "url": fake_llm.base_url.removesuffix("/v1") + "/files/clip.mp3",
                "transcriptionVariableId": "vanswer",
            },
        },
        text_block("heard", "{{Answer}}"),
        {
            "id": "assistant",
            "type": "openai",
            "options": common
            | {
                "action": "Ask Assistant",
                "assistantId": "asst_1",
                "threadVariableId": "vhistory",
                "message": "{{Question}}",
                "responseMapping": [{"item": "Message", "variableId": "vanswer"}],
            },
        },
        text_block("said", "{{Answer}} in {{History}}"),
    ]
    await publish(db, member, ai_bot(blocks[0], after=blocks[1:]), "audio")
    fake_llm.script(Reply(), Reply(chunks=["heard it"]), Reply(chunks=["Forty", "-two"]))
    _session, body = await _ask(chat, "audio", "hello")
    speech, heard, said, _tokens = _texts(body)
    assert speech == "data:audio/mpeg;base64," + base64.b64encode(b"ID3Say hello").decode()
    assert heard == f"heard it ({len(fake_llm.audio)} bytes)"
    assert said == "Forty-two in thread_1"
