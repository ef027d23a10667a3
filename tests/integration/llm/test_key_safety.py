"""Stored API keys stay with the provider the credentials name, and out of result logs: real
chats on the live app, calling fake providers on loopback (a second one plays the attacker)."""

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.scenarios.runner import plain_text
from botloom.store.models import Typebot
from tests.integration.llm.bots import VARIABLES, add_credentials, ai_bot, chat_block, publish
from tests.integration.llm.fake_llm import FakeLlmServer, Reply
from tests.support.bots import text_block
from tests.support.factories import Member, make_member

KEY = "sk-admin-only-4f9c2b7e1d"
"""The admin's key: it must reach only the credentials' server, and never a log."""
ANSWER_VARIABLE_ONLY: list[dict[str, Any]] = [text_block("shown", "{{Answer}}")]


@pytest.fixture
async def attacker() -> AsyncIterator[FakeLlmServer]:
    """A second provider API, where a bot editor (or a visitor) would like the key sent."""
    async with FakeLlmServer() as server:
        yield server


async def _bot(
    db: AsyncSession,
    fake: FakeLlmServer,
    public_id: str,
    block: dict[str, Any],
    *,
    block_type: str = "openai",
    after: list[dict[str, Any]] | None = None,
) -> Member:
    """Publish ``block`` (its ``credentialsId`` filled in) in a new member's workspace whose
    credentials point at ``fake``; the bot also has a ``Server`` variable."""
    member = await make_member(db)
    credentials = await add_credentials(
        db, member, block_type, {"apiKey": KEY, "baseUrl": fake.base_url}
    )
    block["options"]["credentialsId"] = credentials
    document = ai_bot(block, after=after)
    document["variables"] = [*VARIABLES, {"id": "vserver", "name": "Server"}]
    await publish(db, member, document, public_id)
    return member


async def _chat(
    chat: httpx.AsyncClient, public_id: str, *, prefilled: dict[str, str] | None = None
) -> dict[str, Any]:
    start = await chat.post(
        f"/api/v1/typebots/{public_id}/startChat",
        json={"prefilledVariables": prefilled or {}},
    )
    assert start.status_code == 200, start.text
    reply = await chat.post(
        f"/api/v1/sessions/{start.json()['sessionId']}/continueChat",
        json={"message": {"type": "text", "text": "Hi"}},
    )
    assert reply.status_code == 200, reply.text
    return reply.json() | {"resultId": start.json()["resultId"]}


async def _logs(
    chat: httpx.AsyncClient, db: AsyncSession, member: Member, public_id: str, result_id: str
) -> tuple[list[dict[str, Any]], str]:
    """The result's logs through the results API, and the raw response text."""
    typebot_id = await db.scalar(select(Typebot.id).where(Typebot.public_id == public_id))
    response = await chat.get(
        f"/api/v1/typebots/{typebot_id}/results/{result_id}/logs", headers=member.headers
    )
    assert response.status_code == 200, response.text
    return response.json()["logs"], response.text


def _texts(body: dict[str, Any]) -> list[str]:
    return [plain_text(m) for m in body["messages"] if m["type"] == "text"]


@pytest.mark.parametrize("block_type", ["openai", "anthropic"])
async def test_a_block_base_url_elsewhere_never_gets_the_key(
    chat: httpx.AsyncClient,
    db: AsyncSession,
    fake_llm: FakeLlmServer,
    attacker: FakeLlmServer,
    block_type: str,
) -> None:
    action = "Create Chat Message" if block_type == "anthropic" else "Create chat completion"
    block = chat_block(block_type, None, action=action, baseUrl=attacker.base_url)
    public_id = f"elsewhere-{block_type}"
    member = await _bot(db, fake_llm, public_id, block, block_type=block_type)
    fake_llm.script(Reply(chunks=["From the real one"]))
    body = await _chat(chat, public_id)
    assert _texts(body)[0] == "From the real one"
    assert body["input"]["id"] == "again"
    assert attacker.calls == []
    (call,) = fake_llm.chat_calls()
    assert KEY in (call.headers.get("Authorization", "") + call.headers.get("x-api-key", ""))
    logs, _raw = await _logs(chat, db, member, public_id, body["resultId"])
    name = "Anthropic" if block_type == "anthropic" else "OpenAI"
    assert [(log["description"], attacker.base_url in log["details"]) for log in logs] == [
        (f"{name}: the block's base URL is ignored", True)
    ]


async def test_the_openai_plugin_actions_ignore_it_too(
    chat: httpx.AsyncClient, db: AsyncSession, fake_llm: FakeLlmServer, attacker: FakeLlmServer
) -> None:
    block = {
        "id": "speech",
        "type": "openai",
        "options": {
            "action": "Create speech",
            "input": "Say hi",
            "voice": "alloy",
            "saveUrlInVariableId": "vanswer",
            "baseUrl": attacker.base_url,
        },
    }
    member = await _bot(db, fake_llm, "speech-elsewhere", block, after=ANSWER_VARIABLE_ONLY)
    body = await _chat(chat, "speech-elsewhere")
    assert _texts(body)[0].startswith("data:audio/mpeg;base64,")
    assert attacker.calls == []
    assert [c.path for c in fake_llm.calls] == ["/v1/audio/speech"]
    logs, _raw = await _logs(chat, db, member, "speech-elsewhere", body["resultId"])
    assert [log["description"] for log in logs] == ["OpenAI: the block's base URL is ignored"]


async def test_a_base_url_made_of_variables_is_not_substituted(
    chat: httpx.AsyncClient, db: AsyncSession, fake_llm: FakeLlmServer, attacker: FakeLlmServer
) -> None:
    block = chat_block("openai", None, baseUrl="{{Server}}")
    member = await _bot(db, fake_llm, "var-url", block)
    body = await _chat(chat, "var-url", prefilled={"Server": attacker.base_url})
    assert _texts(body)[0] == "Hello there"
    assert attacker.calls == []
    assert len(fake_llm.chat_calls()) == 1
    logs, _raw = await _logs(chat, db, member, "var-url", body["resultId"])
    (log,) = logs
    assert "{{Server}} is neither" in log["details"]
    assert attacker.base_url not in log["details"]


@pytest.mark.parametrize("block_type", ["openai", "anthropic"])
async def test_an_echoed_key_is_redacted_from_the_logs(
    chat: httpx.AsyncClient, db: AsyncSession, fake_llm: FakeLlmServer, block_type: str
) -> None:
    action = "Create Chat Message" if block_type == "anthropic" else "Create chat completion"
    public_id = f"echo-{block_type}"
    member = await _bot(
        db, fake_llm, public_id, chat_block(block_type, None, action=action), block_type=block_type
    )
    fake_llm.script(Reply(status=401, error=f"Incorrect API key provided: {KEY}. " + "x" * 5000))
    body = await _chat(chat, public_id)
    assert body["input"]["id"] == "again"
    logs, raw = await _logs(chat, db, member, public_id, body["resultId"])
    assert KEY not in raw
    (log,) = logs
    assert log["details"].startswith("Incorrect API key provided: [redacted]. xxx")
    assert len(log["details"]) == 1000


@pytest.mark.parametrize("status", [302, 307])
@pytest.mark.parametrize("block_type", ["openai", "anthropic"])
async def test_a_redirect_from_the_provider_is_not_followed(
    chat: httpx.AsyncClient,
    db: AsyncSession,
    fake_llm: FakeLlmServer,
    attacker: FakeLlmServer,
    block_type: str,
    status: int,
) -> None:
    action = "Create Chat Message" if block_type == "anthropic" else "Create chat completion"
    public_id = f"redirect-{block_type}-{status}"
    member = await _bot(
        db, fake_llm, public_id, chat_block(block_type, None, action=action), block_type=block_type
    )
    path = "/messages" if block_type == "anthropic" else "/chat/completions"
    fake_llm.script(Reply(redirect_to=attacker.base_url + path, redirect_status=status))
    body = await _chat(chat, public_id)
    assert body["input"]["id"] == "again"
    assert attacker.calls == []
    logs, _raw = await _logs(chat, db, member, public_id, body["resultId"])
    name = "Anthropic" if block_type == "anthropic" else "OpenAI"
    assert [log["description"] for log in logs] == [
        f"{name}: The provider answered HTTP {status}, a redirect (not followed)"
    ]


@pytest.mark.parametrize("chunked", [False, True], ids=["declared", "counted"])
async def test_an_oversized_audio_download_is_refused(
    chat: httpx.AsyncClient, db: AsyncSession, fake_llm: FakeLlmServer, chunked: bool
) -> None:
    block = {
        "id": "hear",
        "type": "openai",
        "options": {
            "action": "Create transcription",
            "url": fake_llm.base_url.removesuffix("/v1") + "/files/clip.mp3",
            "transcriptionVariableId": "vanswer",
        },
    }
    public_id = f"big-audio-{str(chunked).lower()}"
    member = await _bot(db, fake_llm, public_id, block, after=ANSWER_VARIABLE_ONLY)
    fake_llm.audio = b"\0" * (25 * 2**20 + 1)
    fake_llm.audio_chunked = chunked
    body = await _chat(chat, public_id)
    assert body["input"]["id"] == "again"
    assert [c.path for c in fake_llm.calls] == []
    logs, _raw = await _logs(chat, db, member, public_id, body["resultId"])
    assert [log["description"] for log in logs] == ["OpenAI: The response is larger than 25 MB"]
