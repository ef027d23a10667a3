"""A preview may restart only its own session: never a visitor's chat, nor another user's
preview. On SQLite and PostgreSQL."""

from typing import Any

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.scenarios.runner import plain_text
from botloom.store.models import Typebot
from tests.support.bots import two_questions_bot
from tests.support.factories import Member, make_member
from tests.support.publishing import publisher


async def _bot(db: AsyncSession, member: Member, greeting: str, public_id: str) -> str:
    document = two_questions_bot()
    document["groups"][0]["blocks"][0]["content"]["richText"][0]["children"][0]["text"] = greeting
    await publisher(db, member)(document, public_id, None)
    typebot_id: str = await db.scalar(select(Typebot.id).where(Typebot.public_id == public_id))
    return typebot_id


async def _preview(
    client: httpx.AsyncClient, member: Member, typebot_id: str, **body: Any
) -> httpx.Response:
    return await client.post(
        f"/api/v1/typebots/{typebot_id}/preview/startChat", json=body, headers=member.headers
    )


def _texts(response: httpx.Response) -> list[str]:
    return [plain_text(m) for m in response.json()["messages"] if m["type"] == "text"]


async def test_a_preview_cannot_take_over_a_visitors_chat(
    guarded: httpx.AsyncClient, db: AsyncSession
) -> None:
    owner = await make_member(db)
    await _bot(db, owner, "Hello visitor", "victim")
    attacker = await make_member(db)
    attackers_bot = await _bot(db, attacker, "Attacker speaking", "attacker")
    visit = await guarded.post("/api/v1/typebots/victim/startChat", json={})
    session_id = visit.json()["sessionId"]

    takeover = await _preview(guarded, attacker, attackers_bot, sessionId=session_id)
    assert takeover.status_code == 400
    assert takeover.json()["data"]["problems"][0]["path"] == "sessionId"
    owners_bot = await _bot(db, owner, "Owner preview", "owners-second")
    own_bot_but_live_chat = await _preview(guarded, owner, owners_bot, sessionId=session_id)
    assert own_bot_but_live_chat.status_code == 400

    reply = await guarded.post(
        f"/api/v1/sessions/{session_id}/continueChat", json={"message": "Ada"}
    )
    assert reply.status_code == 200
    assert _texts(reply) == ["Nice to meet you Ada. Where do you live?"]


async def test_a_preview_restarts_its_own_session_only(
    guarded: httpx.AsyncClient, db: AsyncSession
) -> None:
    owner = await make_member(db)
    typebot_id = await _bot(db, owner, "Hi", "restart")
    first = await _preview(guarded, owner, typebot_id, sessionId="my-preview_1")
    assert first.status_code == 200, first.text
    assert first.json()["sessionId"] == "my-preview_1"
    again = await _preview(guarded, owner, typebot_id, sessionId="my-preview_1")
    assert again.status_code == 200
    assert _texts(again) == ["Hi"]

    teammate = await make_member(db)
    teammate_bot = await _bot(db, teammate, "Other", "other-restart")
    stolen = await _preview(guarded, teammate, teammate_bot, sessionId="my-preview_1")
    assert stolen.status_code == 400


async def test_client_session_ids_are_validated(
    guarded: httpx.AsyncClient, db: AsyncSession
) -> None:
    owner = await make_member(db)
    typebot_id = await _bot(db, owner, "Hi", "ids")
    for bad in ("s" * 201, "a/b", "a b", "", "é"):
        response = await _preview(guarded, owner, typebot_id, sessionId=bad)
        assert response.status_code == 400, bad
        assert response.json()["data"]["problems"][0]["path"] == "sessionId"
