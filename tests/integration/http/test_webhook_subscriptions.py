"""Zapier, Make.com and Pabbly connect to a block the way they connect to Typebot: subscribe
with their URL, read a result example, get a request per chat, unsubscribe."""

import json
from typing import Any

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from tests.integration.http.bots import calling_bot
from tests.integration.http.conftest import WebhookServer
from tests.support.factories import Member, make_member

ZAPIER_BLOCK = {"id": "b3", "type": "Zapier", "options": {"webhook": {}}}


def _route(typebot_id: str, action: str, block_id: str = "b3") -> str:
    return f"/api/v1/typebots/{typebot_id}/webhookBlocks/{block_id}/{action}"


async def _published(client: httpx.AsyncClient, member: Member) -> dict[str, Any]:
    imported = await client.post(
        "/api/v1/typebots/import",
        json={"workspaceId": member.workspace.id, "typebot": calling_bot(ZAPIER_BLOCK)},
        headers=member.headers,
    )
    assert imported.status_code == 200, imported.text
    typebot: dict[str, Any] = imported.json()["typebot"]
    published = await client.post(
        f"/api/v1/typebots/{typebot['id']}/publish", headers=member.headers
    )
    assert published.status_code == 200, published.text
    return typebot


async def _chat(client: httpx.AsyncClient, public_id: str, name: str) -> None:
    started = await client.post(f"/api/v1/typebots/{public_id}/startChat", json={})
    assert started.status_code == 200, started.text
    answered = await client.post(
        f"/api/v1/sessions/{started.json()['sessionId']}/continueChat",
        json={"message": {"type": "text", "text": name}},
    )
    assert answered.status_code == 200, answered.text


async def test_subscribe_notify_unsubscribe_round_trip(
    http_client: httpx.AsyncClient, db: AsyncSession, webhook: WebhookServer
) -> None:
    member = await make_member(db)
    typebot = await _published(http_client, member)
    typebot_id = typebot["id"]

    example = await http_client.get(_route(typebot_id, "getResultExample"), headers=member.headers)
    assert example.status_code == 200, example.text
    sample = example.json()["resultExample"]
    assert sample["Name"] == "content"
    assert "submittedAt" in sample

    zap_url = webhook.url("/echo/zap")
    subscribed = await http_client.post(
        _route(typebot_id, "subscribe"), json={"url": zap_url}, headers=member.headers
    )
    assert subscribed.status_code == 200, subscribed.text
    assert subscribed.json() == {"id": "b3", "url": zap_url}
    draft = await http_client.get(f"/api/v1/typebots/{typebot_id}", headers=member.headers)
    blocks = [b for g in draft.json()["typebot"]["groups"] for b in g["blocks"]]
    assert next(b for b in blocks if b["id"] == "b3")["options"]["webhook"]["url"] == zap_url

    # The live bot notifies at once, without the owner publishing again.
    await _chat(http_client, typebot["publicId"], "Ada")
    [notification] = [r for r in webhook.requests if r["path"] == "/echo/zap"]
    body = json.loads(notification["body"])
    assert body["Name"] == "Ada"
    assert set(sample) <= set(body) | {"Status", "Out"}

    unsubscribed = await http_client.post(
        _route(typebot_id, "unsubscribe"), json={}, headers=member.headers
    )
    assert unsubscribed.json() == {"id": "b3", "url": None}
    await _chat(http_client, typebot["publicId"], "Grace")
    assert len([r for r in webhook.requests if r["path"] == "/echo/zap"]) == 1

    audit = await http_client.get(
        f"/api/v1/workspaces/{member.workspace.id}/audit-log", headers=member.headers
    )
    actions = [event["action"] for event in audit.json()["events"]]
    assert "typebot.webhook.subscribe" in actions
    assert "typebot.webhook.unsubscribe" in actions


async def test_subscriptions_check_the_block_and_the_url(
    http_client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    typebot = await _published(http_client, member)
    missing = await http_client.post(
        _route(typebot["id"], "subscribe", block_id="b1"),
        json={"url": "https://hooks.example.com/x"},
        headers=member.headers,
    )
    assert missing.status_code == 404
    bad = await http_client.post(
        _route(typebot["id"], "subscribe"), json={"url": "ftp://x"}, headers=member.headers
    )
    assert bad.status_code == 400
    assert "url" in bad.json()["message"]
    no_example = await http_client.get(
        _route(typebot["id"], "getResultExample", block_id="nope"), headers=member.headers
    )
    assert no_example.status_code == 404
