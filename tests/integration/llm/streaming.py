"""Helpers of the streaming tests: a chat stopped on a streaming AI block, data-stream lines."""

import json
from typing import Any

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.scenarios.runner import plain_text
from tests.integration.llm.bots import add_credentials, ai_bot, chat_block, publish
from tests.integration.llm.fake_llm import FakeLlmServer
from tests.support.factories import make_member

ORIGIN = "https://shop.example.com"
STREAM_ACTION = {"type": "stream", "stream": True, "expectsDedicatedReply": True}


def texts(body: dict[str, Any]) -> list[str]:
    """The plain text of a response's text bubbles."""
    return [plain_text(m) for m in body["messages"] if m["type"] == "text"]


async def streaming_chat(
    chat: httpx.AsyncClient, db: AsyncSession, fake: FakeLlmServer, block_type: str = "openai"
) -> dict[str, Any]:
    """A chat that reached the AI block with streams on; returns the continueChat body."""
    member = await make_member(db)
    credentials = await add_credentials(
        db, member, block_type, {"apiKey": "sk-test", "baseUrl": fake.base_url}
    )
    action = "Create Chat Message" if block_type == "anthropic" else "Create chat completion"
    await publish(db, member, ai_bot(chat_block(block_type, credentials, action=action)), "s")
    start = (await chat.post("/api/v1/typebots/s/startChat", json={"isStreamEnabled": True})).json()
    reply = await chat.post(
        f"/api/v1/sessions/{start['sessionId']}/continueChat", json={"message": "Hi"}
    )
    assert reply.status_code == 200, reply.text
    return reply.json() | {"sessionId": start["sessionId"], "resultId": start["resultId"]}


def pieces(lines: list[str]) -> list[str]:
    """The text pieces of data-stream lines (each must be a ``0:`` text part)."""
    assert all(line.startswith("0:") for line in lines), lines
    return [json.loads(line[2:]) for line in lines]
