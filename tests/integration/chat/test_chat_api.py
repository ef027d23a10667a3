"""The chat API contract Typebot's embed relies on (docs/chat-api.md), on SQLite and PostgreSQL."""

import asyncio
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.scenarios.runner import plain_text
from botloom.store.models import Answer, ChatSession, Log, Result
from tests.support.bots import two_questions_bot
from tests.support.factories import Member, make_member
from tests.support.publishing import publisher

ORIGIN = "https://shop.example.com"


async def _publish(
    db: AsyncSession, member: Member, document: dict[str, Any], public_id: str = "two"
) -> None:
    await publisher(db, member)(document, public_id, None)


async def _start(client: httpx.AsyncClient, public_id: str = "two", **body: Any) -> httpx.Response:
    return await client.post(
        f"/api/v1/typebots/{public_id}/startChat",
        json={"isStreamEnabled": True, "prefilledVariables": {}, "isOnlyRegistering": False} | body,
        headers={"Origin": ORIGIN},
    )


async def _reply(client: httpx.AsyncClient, session_id: str, text: str) -> httpx.Response:
    return await client.post(
        f"/api/v1/sessions/{session_id}/continueChat",
        json={"message": {"type": "text", "text": text}},
        headers={"Origin": ORIGIN},
    )


def _texts(body: dict[str, Any]) -> list[str]:
    return [plain_text(m) for m in body["messages"] if m["type"] == "text"]


async def test_a_whole_chat_and_what_it_leaves(client: httpx.AsyncClient, db: AsyncSession) -> None:
    member = await make_member(db)
    await _publish(db, member, two_questions_bot())
    start = await _start(client)
    assert start.status_code == 200
    assert start.headers["access-control-allow-origin"] == ORIGIN
    body = start.json()
    assert set(body) >= {"sessionId", "typebot", "messages", "input", "resultId"}
    assert isinstance(body["typebot"]["theme"], dict)
    assert isinstance(body["typebot"]["settings"], dict)
    assert body["typebot"]["theme"]["general"]["font"] == {"type": "Custom"}
    assert body["messages"][0]["content"]["type"] == "richText"
    assert _texts(body) == ["Hello! What's your name?"]
    assert body["input"]["type"] == "text input"
    assert body["input"]["id"] == "b2"
    session_id = body["sessionId"]

    first = (await _reply(client, session_id, "Ada")).json()
    assert _texts(first) == ["Nice to meet you Ada. Where do you live?"]
    assert first["input"]["id"] == "b4"
    last = await _reply(client, session_id, "London")
    assert last.status_code == 200
    assert last.headers["access-control-allow-origin"] == ORIGIN
    assert _texts(last.json()) == ["Bye Ada from London"]
    assert "input" not in last.json()

    result = await db.get(Result, body["resultId"])
    assert result is not None
    await db.refresh(result)
    assert result.has_started is True
    assert result.is_completed is True
    assert {v["name"]: v["value"] for v in result.variables} == {"Name": "Ada", "City": "London"}
    answers = (await db.scalars(select(Answer).order_by(Answer.id))).all()
    assert [(a.block_id, a.content) for a in answers] == [("b2", "Ada"), ("b4", "London")]
    assert await db.get(ChatSession, session_id) is None, "finished sessions are removed"
    gone = await _reply(client, session_id, "again")
    assert gone.status_code == 404
    assert gone.headers["access-control-allow-origin"] == ORIGIN


async def test_a_view_without_answers_is_a_result_not_started(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    await _publish(db, member, two_questions_bot())
    body = (await _start(client)).json()
    result = await db.get(Result, body["resultId"])
    assert result is not None
    assert (result.has_started, result.is_completed) == (False, False)


async def test_prefilled_variables(client: httpx.AsyncClient, db: AsyncSession) -> None:
    member = await make_member(db)
    await _publish(db, member, two_questions_bot())
    body = (await _start(client, prefilledVariables={"Name": "Grace", "Unknown": "x"})).json()
    first = (await _reply(client, body["sessionId"], "Ada")).json()
    assert _texts(first) == ["Nice to meet you Ada. Where do you live?"]
    assert body["input"]["prefilledValue"] == "Grace"


async def test_preflight_echoes_what_the_embed_asks(client: httpx.AsyncClient) -> None:
    asked = "content-type,x-typebot-iframe-referrer-origin"
    for path in (
        "/api/v1/typebots/anything/startChat",
        "/api/v1/sessions/abc/continueChat",
        "/api/v2/sessions/abc/clientLogs",
    ):
        response = await client.options(
            path,
            headers={
                "Origin": ORIGIN,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": asked,
            },
        )
        assert response.status_code == 204
        assert response.headers["access-control-allow-origin"] == ORIGIN
        assert response.headers["access-control-allow-headers"] == asked
        assert "POST" in response.headers["access-control-allow-methods"]
        assert int(response.headers["access-control-max-age"]) > 0


async def test_unknown_bot_and_session_are_404_with_cors(client: httpx.AsyncClient) -> None:
    missing = await _start(client, "nope")
    assert missing.status_code == 404
    assert missing.headers["access-control-allow-origin"] == ORIGIN
    assert missing.json()["code"] == "NOT_FOUND"
    no_session = await _reply(client, "nope", "hi")
    assert no_session.status_code == 404


async def test_closed_bot_is_400_with_its_message(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    await _publish(
        db,
        member,
        two_questions_bot({"general": {"systemMessages": {"botClosed": "We are closed today"}}}),
    )
    listed = await client.get(
        "/api/v1/typebots", params={"workspaceId": member.workspace.id}, headers=member.headers
    )
    bot_id = listed.json()["typebots"][0]["id"]
    await client.patch(
        f"/api/v1/typebots/{bot_id}", json={"typebot": {"isClosed": True}}, headers=member.headers
    )
    response = await _start(client)
    assert response.status_code == 400
    assert response.json()["message"] == "We are closed today"


async def test_allowed_origins_are_enforced(client: httpx.AsyncClient, db: AsyncSession) -> None:
    member = await make_member(db)
    await _publish(
        db, member, two_questions_bot({"security": {"allowedOrigins": ["https://ok.example"]}})
    )
    refused = await _start(client)
    assert refused.status_code == 403
    allowed = await client.post(
        "/api/v1/typebots/two/startChat", json={}, headers={"Origin": "https://ok.example"}
    )
    assert allowed.status_code == 200
    session_id = allowed.json()["sessionId"]
    from_elsewhere = await _reply(client, session_id, "Ada")
    assert from_elsewhere.status_code == 403
    in_iframe = await client.post(
        f"/api/v1/sessions/{session_id}/continueChat",
        json={"message": "Ada"},
        headers={
            "Origin": "https://viewer.example",
            "x-typebot-iframe-referrer-origin": "https://ok.example",
        },
    )
    assert in_iframe.status_code == 200


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"message": {"type": "video", "url": "x"}}, "message"),
        ({"message": {"type": "text"}}, "message.text"),
        ({"textBubbleContentFormat": "html"}, "textBubbleContentFormat"),
    ],
)
async def test_bad_bodies_are_400_naming_the_field(
    client: httpx.AsyncClient, db: AsyncSession, body: dict[str, Any], field: str
) -> None:
    member = await make_member(db)
    await _publish(db, member, two_questions_bot())
    session_id = (await _start(client)).json()["sessionId"]
    response = await client.post(f"/api/v1/sessions/{session_id}/continueChat", json=body)
    assert response.status_code == 400
    assert field in response.json()["message"]
    still = await _reply(client, session_id, "Ada")
    assert _texts(still.json()) == ["Nice to meet you Ada. Where do you live?"]


async def test_concurrent_replies_are_applied_one_after_the_other(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    await _publish(db, member, two_questions_bot())
    body = (await _start(client)).json()
    first, second = await asyncio.gather(
        _reply(client, body["sessionId"], "Ada"), _reply(client, body["sessionId"], "Paris")
    )
    assert first.status_code == second.status_code == 200
    texts = sorted([_texts(first.json()), _texts(second.json())])
    assert texts == sorted(
        [["Nice to meet you Ada. Where do you live?"], ["Bye Ada from Paris"]]
    ) or texts == sorted([["Nice to meet you Paris. Where do you live?"], ["Bye Paris from Ada"]])
    contents = (await db.scalars(select(Answer.content).order_by(Answer.id))).all()
    assert sorted(contents) == ["Ada", "Paris"]
    result = await db.get(Result, body["resultId"])
    assert result is not None
    await db.refresh(result)
    assert result.is_completed is True


async def test_client_logs_are_saved(client: httpx.AsyncClient, db: AsyncSession) -> None:
    member = await make_member(db)
    await _publish(db, member, two_questions_bot())
    body = (await _start(client)).json()
    response = await client.post(
        f"/api/v2/sessions/{body['sessionId']}/clientLogs",
        json={
            "clientLogs": [
                {
                    "context": "While sending message",
                    "description": "Request failed with status code 404 Not Found",
                    "details": {"status": 404},
                }
            ]
        },
    )
    assert response.status_code == 200
    logs = (await db.scalars(select(Log))).all()
    assert [(log.description, log.context) for log in logs] == [
        ("Request failed with status code 404 Not Found", "While sending message")
    ]
    assert logs[0].result_id == body["resultId"]


async def test_preview_runs_the_draft_and_needs_a_token(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    created = await client.post(
        "/api/v1/typebots/import",
        json={"workspaceId": member.workspace.id, "typebot": two_questions_bot()},
        headers=member.headers,
    )
    bot_id = created.json()["typebot"]["id"]
    anonymous = await client.post(f"/api/v1/typebots/{bot_id}/preview/startChat", json={})
    assert anonymous.status_code == 401
    stranger = await make_member(db)
    hidden = await client.post(
        f"/api/v1/typebots/{bot_id}/preview/startChat", json={}, headers=stranger.headers
    )
    assert hidden.status_code == 404
    preview = await client.post(
        f"/api/v1/typebots/{bot_id}/preview/startChat",
        json={"startFrom": {"type": "group", "groupId": "g2"}},
        headers=member.headers,
    )
    assert preview.status_code == 200, preview.text
    assert _texts(preview.json()) == ["Bye  from "]
    assert "resultId" not in preview.json()
    assert await db.scalar(select(func.count()).select_from(Result)) == 0
