"""Workspace themes (``/api/v1/themeTemplates``) over HTTP: save, list, replace, delete, rights."""

from typing import Any

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.store.models import WorkspaceRole
from tests.support.factories import add_to_workspace, make_member

DARK = {
    "general": {"background": {"type": "Color", "content": "#111827"}},
    "chat": {"buttons": {"backgroundColor": "#7c3aed", "color": "#ffffff"}},
    "customCss": ".bl-root { letter-spacing: .01em }",
}


def _save(workspace_id: str, name: str, theme: dict[str, Any]) -> dict[str, Any]:
    return {"workspaceId": workspace_id, "themeTemplate": {"name": name, "theme": theme}}


async def test_save_list_replace_delete(client: httpx.AsyncClient, db: AsyncSession) -> None:
    member = await make_member(db)
    ws = member.workspace.id
    created = await client.put(
        "/api/v1/themeTemplates/tt-dark", json=_save(ws, " Night ", DARK), headers=member.headers
    )
    assert created.status_code == 200, created.text
    template = created.json()["themeTemplate"]
    assert template["id"] == "tt-dark"
    assert template["name"] == "Night"
    assert template["workspaceId"] == ws
    assert template["theme"] == DARK
    assert template["createdAt"].endswith("Z")

    light = {"chat": {"buttons": {"backgroundColor": "#0042da"}}}
    await client.put(
        "/api/v1/themeTemplates/tt-light", json=_save(ws, "Day", light), headers=member.headers
    )
    listed = await client.get(
        "/api/v1/themeTemplates", params={"workspaceId": ws}, headers=member.headers
    )
    assert [t["name"] for t in listed.json()["themeTemplates"]] == ["Day", "Night"]

    replaced = await client.put(
        "/api/v1/themeTemplates/tt-dark", json=_save(ws, "Midnight", light), headers=member.headers
    )
    assert replaced.json()["themeTemplate"]["theme"] == light
    assert replaced.json()["themeTemplate"]["createdAt"] == template["createdAt"]
    listed = await client.get(
        "/api/v1/themeTemplates", params={"workspaceId": ws}, headers=member.headers
    )
    assert [t["name"] for t in listed.json()["themeTemplates"]] == ["Midnight", "Day"]

    deleted = await client.delete(
        "/api/v1/themeTemplates/tt-dark", params={"workspaceId": ws}, headers=member.headers
    )
    assert deleted.status_code == 200
    assert deleted.json()["themeTemplate"]["name"] == "Midnight"
    again = await client.delete(
        "/api/v1/themeTemplates/tt-dark", params={"workspaceId": ws}, headers=member.headers
    )
    assert again.status_code == 404
    listed = await client.get(
        "/api/v1/themeTemplates", params={"workspaceId": ws}, headers=member.headers
    )
    assert [t["id"] for t in listed.json()["themeTemplates"]] == ["tt-light"]


async def test_workspaces_keep_their_own_themes(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    owner = await make_member(db)
    other = await make_member(db)
    ws = owner.workspace.id
    await client.put(
        "/api/v1/themeTemplates/tt-mine", json=_save(ws, "Mine", DARK), headers=owner.headers
    )
    # Another workspace cannot take over the id, read the list, nor delete it.
    taken = await client.put(
        "/api/v1/themeTemplates/tt-mine",
        json=_save(other.workspace.id, "Theirs", {}),
        headers=other.headers,
    )
    assert taken.status_code == 409
    assert "themeTemplateId" in taken.json()["message"]
    hidden = await client.get(
        "/api/v1/themeTemplates", params={"workspaceId": ws}, headers=other.headers
    )
    assert hidden.status_code == 404
    elsewhere = await client.delete(
        "/api/v1/themeTemplates/tt-mine",
        params={"workspaceId": other.workspace.id},
        headers=other.headers,
    )
    assert elsewhere.status_code == 404
    kept = await client.get(
        "/api/v1/themeTemplates", params={"workspaceId": ws}, headers=owner.headers
    )
    assert kept.json()["themeTemplates"][0]["name"] == "Mine"


async def test_guests_read_members_write(client: httpx.AsyncClient, db: AsyncSession) -> None:
    owner = await make_member(db)
    guest = await make_member(db)
    await add_to_workspace(db, guest, owner.workspace, WorkspaceRole.GUEST)
    ws = owner.workspace.id
    await client.put(
        "/api/v1/themeTemplates/tt-a", json=_save(ws, "A", DARK), headers=owner.headers
    )
    listed = await client.get(
        "/api/v1/themeTemplates", params={"workspaceId": ws}, headers=guest.headers
    )
    assert [t["id"] for t in listed.json()["themeTemplates"]] == ["tt-a"]
    saved = await client.put(
        "/api/v1/themeTemplates/tt-b", json=_save(ws, "B", DARK), headers=guest.headers
    )
    assert saved.status_code == 403
    deleted = await client.delete(
        "/api/v1/themeTemplates/tt-a", params={"workspaceId": ws}, headers=guest.headers
    )
    assert deleted.status_code == 403
    anonymous = await client.get("/api/v1/themeTemplates", params={"workspaceId": ws})
    assert anonymous.status_code == 401


async def test_bad_input_names_the_field(client: httpx.AsyncClient, db: AsyncSession) -> None:
    member = await make_member(db)
    ws = member.workspace.id
    cases: list[tuple[str, Any, str]] = [
        ("tt-x", {"workspaceId": ws}, "themeTemplate"),
        ("tt-x", _save(ws, "", DARK), "name"),
        ("tt-x", _save(ws, "   ", DARK), "name"),
        ("tt-x", _save(ws, "x" * 201, DARK), "name"),
        ("tt-x", _save(ws, "Ok", "dark"), "theme"),
        ("tt-x", _save(ws, "Ok", {"general": "big"}), "general"),
        ("tt-x", _save(ws, "Ok", {"customCss": 12}), "customCss"),
        ("tt-x", {"themeTemplate": {"name": "Ok", "theme": {}}}, "workspaceId"),
        ("bad id!", _save(ws, "Ok", DARK), "themeTemplateId"),
    ]
    for template_id, body, field in cases:
        response = await client.put(
            f"/api/v1/themeTemplates/{template_id}", json=body, headers=member.headers
        )
        assert response.status_code == 400, (body, response.text)
        assert field in response.json()["message"], (field, response.text)
    no_workspace = await client.get("/api/v1/themeTemplates", headers=member.headers)
    assert no_workspace.status_code == 400
    assert "workspaceId" in no_workspace.json()["message"]
