"""Workspaces and folders over HTTP."""

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from tests.support.factories import make_member


async def test_workspaces(client: httpx.AsyncClient, db: AsyncSession) -> None:
    member = await make_member(db)
    stranger = await make_member(db)
    listed = await client.get("/api/v1/workspaces", headers=member.headers)
    assert listed.json() == {
        "workspaces": [
            {
                "id": member.workspace.id,
                "name": member.workspace.name,
                "icon": None,
                "plan": "UNLIMITED",
            }
        ]
    }
    created = await client.post(
        "/api/v1/workspaces", json={"name": "Second", "icon": "🤖"}, headers=member.headers
    )
    assert created.status_code == 200
    workspace = created.json()["workspace"]
    assert workspace["name"] == "Second"
    assert workspace["icon"] == "🤖"
    got = await client.get(f"/api/v1/workspaces/{workspace['id']}", headers=member.headers)
    assert got.json()["workspace"]["id"] == workspace["id"]
    hidden = await client.get(f"/api/v1/workspaces/{workspace['id']}", headers=stranger.headers)
    assert hidden.status_code == 404
    empty_name = await client.post("/api/v1/workspaces", json={"name": ""}, headers=member.headers)
    assert empty_name.status_code == 400
    assert "name" in empty_name.json()["message"]


async def test_folders(client: httpx.AsyncClient, db: AsyncSession) -> None:
    member = await make_member(db)
    stranger = await make_member(db)
    ws = member.workspace.id
    top = (
        await client.post(
            "/api/v1/folders",
            json={"workspaceId": ws, "folderName": "Sales"},
            headers=member.headers,
        )
    ).json()["folder"]
    child = (
        await client.post(
            "/api/v1/folders",
            json={"workspaceId": ws, "folderName": "EU", "parentFolderId": top["id"]},
            headers=member.headers,
        )
    ).json()["folder"]
    assert child["parentFolderId"] == top["id"]
    listed = await client.get("/api/v1/folders", params={"workspaceId": ws}, headers=member.headers)
    assert [f["name"] for f in listed.json()["folders"]] == ["Sales"]
    inner = await client.get(
        "/api/v1/folders",
        params={"workspaceId": ws, "parentFolderId": top["id"]},
        headers=member.headers,
    )
    assert [f["name"] for f in inner.json()["folders"]] == ["EU"]

    cycle = await client.patch(
        f"/api/v1/folders/{top['id']}",
        json={"workspaceId": ws, "folder": {"parentFolderId": child["id"]}},
        headers=member.headers,
    )
    assert cycle.status_code == 400
    assert "parentFolderId" in cycle.json()["message"]
    renamed = await client.patch(
        f"/api/v1/folders/{child['id']}",
        json={"workspaceId": ws, "folder": {"name": "Europe", "parentFolderId": None}},
        headers=member.headers,
    )
    assert renamed.json()["folder"]["name"] == "Europe"
    assert renamed.json()["folder"]["parentFolderId"] is None

    foreign = await client.get(f"/api/v1/folders/{top['id']}", headers=stranger.headers)
    assert foreign.status_code == 404
    foreign_create = await client.post(
        "/api/v1/folders", json={"workspaceId": ws, "folderName": "x"}, headers=stranger.headers
    )
    assert foreign_create.status_code == 404

    bot = await client.post(
        "/api/v1/typebots",
        json={"workspaceId": ws, "typebot": {"name": "In folder", "folderId": top["id"]}},
        headers=member.headers,
    )
    assert bot.status_code == 200, bot.text
    in_folder = await client.get(
        "/api/v1/typebots",
        params={"workspaceId": ws, "folderId": top["id"]},
        headers=member.headers,
    )
    assert [t["name"] for t in in_folder.json()["typebots"]] == ["In folder"]
    deleted = await client.delete(f"/api/v1/folders/{top['id']}", headers=member.headers)
    assert deleted.status_code == 200
    bot_after = await client.get(
        f"/api/v1/typebots/{bot.json()['typebot']['id']}", headers=member.headers
    )
    assert bot_after.json()["typebot"]["folderId"] is None, "bots survive their folder"


async def test_bot_cannot_go_into_another_workspace_folder(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    other = await make_member(db)
    folder = (
        await client.post(
            "/api/v1/folders", json={"workspaceId": other.workspace.id}, headers=other.headers
        )
    ).json()["folder"]
    response = await client.post(
        "/api/v1/typebots",
        json={"workspaceId": member.workspace.id, "typebot": {"folderId": folder["id"]}},
        headers=member.headers,
    )
    assert response.status_code == 404
