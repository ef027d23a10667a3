"""Health probes and the linked-bots route, over HTTP on SQLite and PostgreSQL."""

from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from tests.support.factories import make_member
from tests.support.fixtures import fixture_bot
from tests.support.live_apps import client_of, live_app


async def test_healthz_answers_without_credentials(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


async def test_readyz_queries_the_database(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


async def test_readyz_is_503_while_the_database_is_down(
    tmp_path_factory: pytest.TempPathFactory, caplog: pytest.LogCaptureFixture
) -> None:
    # Port 9 (discard) has no PostgreSQL: the process is alive but cannot serve.
    url = "postgresql+asyncpg://botloom:secret-password@127.0.0.1:9/botloom"
    with live_app(url, tmp_path_factory, retention_interval_seconds=3600) as server:
        async with client_of(server.base_url) as http:
            assert (await http.get("/api/healthz")).status_code == 200
            response = await http.get("/api/readyz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "unavailable"}
    assert "secret-password" not in response.text


def _link_block(block_id: str, typebot_id: str) -> dict[str, Any]:
    return {"id": block_id, "type": "Typebot link", "options": {"typebotId": typebot_id}}


async def _import(
    client: httpx.AsyncClient, headers: dict[str, str], workspace_id: str, doc: dict[str, Any]
) -> str:
    response = await client.post(
        "/api/v1/typebots/import",
        json={"workspaceId": workspace_id, "typebot": doc},
        headers=headers,
    )
    assert response.status_code == 200, response.text
    typebot_id: str = response.json()["typebot"]["id"]
    return typebot_id


async def test_linked_typebots_lists_readable_targets_once(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    owner = await make_member(db)
    stranger = await make_member(db)
    target = await _import(client, owner.headers, owner.workspace.id, fixture_bot("lead-capture"))
    foreign = await _import(
        client, stranger.headers, stranger.workspace.id, fixture_bot("lead-capture")
    )
    linker = fixture_bot("lead-capture")
    blocks = linker["groups"][-1]["blocks"]
    blocks.extend(
        [
            _link_block("linktarget1", target),
            _link_block("linktarget2", target),
            _link_block("linkself", "current"),
            _link_block("linkforeign", foreign),
            _link_block("linkmissing", "nosuchbot"),
        ]
    )
    linker_id = await _import(client, owner.headers, owner.workspace.id, linker)

    response = await client.get(
        f"/api/v1/typebots/{linker_id}/linkedTypebots", headers=owner.headers
    )
    assert response.status_code == 200, response.text
    typebots = response.json()["typebots"]
    assert [bot["id"] for bot in typebots] == [target]
    assert typebots[0]["name"] == fixture_bot("lead-capture")["name"]
    assert {group["id"] for group in typebots[0]["groups"]} == {
        group["id"] for group in fixture_bot("lead-capture")["groups"]
    }
    assert typebots[0]["variables"]

    hidden = await client.get(
        f"/api/v1/typebots/{linker_id}/linkedTypebots", headers=stranger.headers
    )
    assert hidden.status_code == 404
