"""Values the database bounds are checked where they come in: a 400 naming the field (or a
409 for a clash), never a 500 on PostgreSQL. Public ids and custom domains are held to what a
URL can carry. On SQLite and PostgreSQL."""

from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.store.models import Typebot
from tests.support.bots import two_questions_bot
from tests.support.factories import Member, make_member


async def _new_bot(client: httpx.AsyncClient, member: Member) -> dict[str, Any]:
    response = await client.post(
        "/api/v1/typebots",
        json={"workspaceId": member.workspace.id, "typebot": {"name": "Bot"}},
        headers=member.headers,
    )
    assert response.status_code == 200, response.text
    typebot: dict[str, Any] = response.json()["typebot"]
    return typebot


async def _patch(
    client: httpx.AsyncClient, member: Member, typebot_id: str, changes: dict[str, Any]
) -> httpx.Response:
    return await client.patch(
        f"/api/v1/typebots/{typebot_id}",
        json={"typebot": changes, "overwrite": True},
        headers=member.headers,
    )


def _problem_paths(response: httpx.Response) -> list[str]:
    return [p["path"] for p in response.json()["data"]["problems"]]


@pytest.mark.parametrize(
    "public_id",
    ["a/b", "../x", "<script>", "with space", "rtl\u202eexe", "Upper", "x" * 101, "docs", "api"],
)
async def test_bad_public_ids_are_refused(
    guarded: httpx.AsyncClient, db: AsyncSession, public_id: str
) -> None:
    member = await make_member(db)
    typebot = await _new_bot(guarded, member)
    response = await _patch(guarded, member, typebot["id"], {"publicId": public_id})
    assert response.status_code == 400, response.text
    assert _problem_paths(response) == ["publicId"]
    stored = await db.get(Typebot, typebot["id"])
    assert stored is not None
    assert stored.public_id == typebot["publicId"]


@pytest.mark.parametrize(
    "domain",
    ["http://bot.example.com", "bot.example.com:8080", "localhost", "a b.com", "x" * 300 + ".com"],
)
async def test_bad_custom_domains_are_refused(
    guarded: httpx.AsyncClient, db: AsyncSession, domain: str
) -> None:
    member = await make_member(db)
    typebot = await _new_bot(guarded, member)
    response = await _patch(guarded, member, typebot["id"], {"customDomain": domain})
    assert response.status_code == 400, response.text
    assert _problem_paths(response) == ["customDomain"]


async def test_good_locations_are_stored_normalized(
    guarded: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    typebot = await _new_bot(guarded, member)
    claimed = await guarded.post(
        "/api/v1/custom-domains",
        json={"workspaceId": member.workspace.id, "name": "bot.example.com"},
        headers=member.headers,
    )
    assert claimed.status_code == 200, claimed.text
    response = await _patch(
        guarded,
        member,
        typebot["id"],
        {"publicId": "my-bot-2", "customDomain": "Bot.Example.com./Support"},
    )
    assert response.status_code == 200, response.text
    assert response.json()["typebot"]["publicId"] == "my-bot-2"
    assert response.json()["typebot"]["customDomain"] == "bot.example.com/Support"


async def test_long_or_nul_names_and_icons(guarded: httpx.AsyncClient, db: AsyncSession) -> None:
    member = await make_member(db)
    typebot = await _new_bot(guarded, member)
    too_long = await _patch(guarded, member, typebot["id"], {"name": "n" * 501})
    assert too_long.status_code == 400
    assert _problem_paths(too_long) == ["name"]
    nul = await guarded.patch(
        f"/api/v1/typebots/{typebot['id']}",
        content=b'{"typebot": {"name": "a\\u0000b"}, "overwrite": true}',
        headers={**member.headers, "content-type": "application/json"},
    )
    assert nul.status_code == 200, nul.text
    assert nul.json()["typebot"]["name"] == "ab"
    icon = await guarded.patch(
        f"/api/v1/workspaces/{member.workspace.id}",
        json={"icon": "i" * 2001},
        headers=member.headers,
    )
    assert icon.status_code == 400
    assert _problem_paths(icon) == ["icon"]


async def test_a_folder_id_used_twice_is_a_conflict(
    guarded: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    body = {"workspaceId": member.workspace.id, "folderName": "A", "id": "samefolder1"}
    first = await guarded.post("/api/v1/folders", json=body, headers=member.headers)
    assert first.status_code == 200, first.text
    again = await guarded.post("/api/v1/folders", json=body, headers=member.headers)
    assert again.status_code == 409
    assert again.json()["message"].startswith("id:")


@pytest.mark.parametrize(
    ("where", "path"),
    [
        (lambda d: d["groups"][0]["blocks"][1], "groups[0].blocks[1].id"),
        (lambda d: d["variables"][0], "variables[0].id"),
    ],
)
async def test_graph_ids_longer_than_results_keep_are_refused(
    guarded: httpx.AsyncClient, db: AsyncSession, where: Any, path: str
) -> None:
    member = await make_member(db)
    document = two_questions_bot()
    where(document)["id"] = "i" * 65
    response = await guarded.post(
        "/api/v1/typebots/import",
        json={"workspaceId": member.workspace.id, "typebot": document},
        headers=member.headers,
    )
    assert response.status_code == 400, response.text
    assert path in _problem_paths(response)
