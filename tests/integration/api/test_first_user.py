"""What a first-time user ran into over HTTP (issue 11 §3), on SQLite and PostgreSQL."""

import re
from typing import Any, cast

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from tests.support.bots import two_questions_bot
from tests.support.factories import Member, make_member


def dead_start_bot() -> dict[str, Any]:
    """A bot whose start edge leads to a group that is gone: the import repair drops it."""
    bot = two_questions_bot()
    bot["edges"][0]["to"] = {"groupId": "deleted-group"}
    return bot


async def _import(
    client: httpx.AsyncClient, member: Member, document: dict[str, Any]
) -> dict[str, Any]:
    response = await client.post(
        "/api/v1/typebots/import",
        json={"workspaceId": member.workspace.id, "typebot": document},
        headers=member.headers,
    )
    assert response.status_code == 200, response.text
    return cast(dict[str, Any], response.json())


@pytest.mark.parametrize(
    ("start_from", "named"),
    [
        ({"type": "group", "groupId": "nope"}, "startFrom.groupId: unknown group 'nope'"),
        ({"type": "event", "eventId": "gone"}, "startFrom.eventId: unknown event 'gone'"),
    ],
)
async def test_preview_start_from_an_unknown_group_or_event_is_a_400(
    client: httpx.AsyncClient, db: AsyncSession, start_from: dict[str, str], named: str
) -> None:
    member = await make_member(db)
    bot_id = (await _import(client, member, two_questions_bot()))["typebot"]["id"]
    refused = await client.post(
        f"/api/v1/typebots/{bot_id}/preview/startChat",
        json={"startFrom": start_from},
        headers=member.headers,
    )
    assert (refused.status_code, refused.json()["message"]) == (400, named)


async def test_import_warns_when_the_repair_leaves_the_start_leading_nowhere_and_publish_refuses(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    imported = await _import(client, member, dead_start_bot())
    warnings = {w["path"]: w["message"] for w in imported["warnings"]}
    assert warnings["edges[0]"] == "edge leads to unknown group 'deleted-group'"
    assert "the start event 'start' leads nowhere" in warnings["events[0].outgoingEdgeId"]

    bot_id = imported["typebot"]["id"]
    refused = await client.post(f"/api/v1/typebots/{bot_id}/publish", headers=member.headers)
    assert refused.status_code == 400
    assert "start event 'start' leads nowhere" in refused.json()["message"]
    assert refused.json()["data"]["problems"][0]["path"] == "events[0].outgoingEdgeId"
    published = await client.get(
        f"/api/v1/typebots/{bot_id}/publishedTypebot", headers=member.headers
    )
    assert published.json() == {"publishedTypebot": None}

    clean = await _import(client, member, two_questions_bot())
    assert clean["warnings"] == []
    url = f"/api/v1/typebots/{clean['typebot']['id']}/publish"
    assert (await client.post(url, headers=member.headers)).status_code == 200


async def test_list_bots_defaults_to_the_callers_workspace(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    bot_id = (await _import(client, member, two_questions_bot()))["typebot"]["id"]
    listed = await client.get("/api/v1/typebots", headers=member.headers)
    assert listed.status_code == 200, listed.text
    assert [t["id"] for t in listed.json()["typebots"]] == [bot_id]

    other = await make_member(db)
    assert (await client.get("/api/v1/typebots", headers=other.headers)).json() == {"typebots": []}


async def test_favicon_is_served(client: httpx.AsyncClient) -> None:
    response = await client.get("/favicon.ico")
    assert response.status_code == 200
    assert response.content.startswith(b"\x00\x00\x01\x00"), "an ICO file"


async def test_docs_and_every_asset_they_reference_come_from_the_server(
    client: httpx.AsyncClient,
) -> None:
    docs = await client.get("/docs")
    assert docs.status_code == 200
    referenced = re.findall(r"""(?:src|href)=["']([^"']+)["']""", docs.text)
    referenced += re.findall(r"""url: ?["']([^"']+)["']""", docs.text)
    assert any(url.endswith(".js") for url in referenced)
    assert any(url.endswith(".css") for url in referenced)
    assert "/openapi.json" in referenced
    for url in referenced:
        assert url.startswith("/"), f"{url} is not on this server"
        asset = await client.get(url)
        assert asset.status_code == 200, url
        assert asset.content, url
    assert (await client.get("/redoc")).status_code == 404
    assert (await client.get("/docs/assets/index.html")).status_code == 404
