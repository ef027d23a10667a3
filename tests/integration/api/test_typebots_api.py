"""The typebots routes over HTTP, on SQLite and PostgreSQL."""

import asyncio
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.store.models import PublishedVersion, Typebot
from tests.support.factories import Member, make_member
from tests.support.fixtures import every_bot_param, fixture_bot, read_bot


async def _import(
    client: httpx.AsyncClient, member: Member, document: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Import ``document`` (the lead-capture fixture by default) into ``member``'s workspace."""
    typebot = fixture_bot("lead-capture") if document is None else document
    response = await client.post(
        "/api/v1/typebots/import",
        json={"workspaceId": member.workspace.id, "typebot": typebot},
        headers=member.headers,
    )
    assert response.status_code == 200, response.text
    imported: dict[str, Any] = response.json()["typebot"]
    return imported


@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("GET", "/api/v1/typebots?workspaceId=x"),
        ("POST", "/api/v1/typebots"),
        ("GET", "/api/v1/typebots/abc"),
        ("PATCH", "/api/v1/typebots/abc"),
        ("DELETE", "/api/v1/typebots/abc"),
        ("POST", "/api/v1/typebots/abc/publish"),
        ("POST", "/api/v1/typebots/import"),
        ("GET", "/api/v1/workspaces"),
        ("GET", "/api/v1/folders?workspaceId=x"),
    ],
)
@pytest.mark.parametrize("token", [None, "bl_wrong", "Basic abc"])
async def test_missing_or_wrong_token_is_401(
    client: httpx.AsyncClient, method: str, url: str, token: str | None
) -> None:
    headers = (
        {} if token is None else {"Authorization": token if " " in token else f"Bearer {token}"}
    )
    response = await client.request(method, url, headers=headers, json={})
    assert response.status_code == 401
    body = response.json()
    assert body["code"] == "UNAUTHORIZED"
    assert body["status"] == 401
    assert "token" in body["message"].lower()


async def test_create_get_list_delete(client: httpx.AsyncClient, db: AsyncSession) -> None:
    member = await make_member(db)
    created = await client.post(
        "/api/v1/typebots",
        json={"workspaceId": member.workspace.id, "typebot": {"name": "Support bot"}},
        headers=member.headers,
    )
    assert created.status_code == 200, created.text
    typebot = created.json()["typebot"]
    assert typebot["name"] == "Support bot"
    assert typebot["version"] == "6.1"
    assert typebot["events"][0]["type"] == "start"
    assert typebot["publicId"].startswith("support-bot-")
    assert typebot["workspaceId"] == member.workspace.id

    got = await client.get(f"/api/v1/typebots/{typebot['id']}", headers=member.headers)
    assert got.status_code == 200
    assert got.json()["typebot"] == typebot
    assert got.json()["currentUserMode"] == "write"

    listed = await client.get(
        "/api/v1/typebots", params={"workspaceId": member.workspace.id}, headers=member.headers
    )
    assert [t["id"] for t in listed.json()["typebots"]] == [typebot["id"]]
    assert listed.json()["typebots"][0]["accessRight"] == "write"

    deleted = await client.delete(f"/api/v1/typebots/{typebot['id']}", headers=member.headers)
    assert deleted.json() == {"message": "success"}
    gone = await client.get(f"/api/v1/typebots/{typebot['id']}", headers=member.headers)
    assert gone.status_code == 404


async def test_other_workspace_bot_is_404_like_a_missing_one(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    owner = await make_member(db)
    stranger = await make_member(db)
    typebot = await _import(client, owner)
    calls = [
        ("GET", f"/api/v1/typebots/{typebot['id']}", None),
        ("PATCH", f"/api/v1/typebots/{typebot['id']}", {"typebot": {"name": "x"}}),
        ("DELETE", f"/api/v1/typebots/{typebot['id']}", None),
        ("POST", f"/api/v1/typebots/{typebot['id']}/publish", None),
        ("POST", f"/api/v1/typebots/{typebot['id']}/unpublish", None),
        ("GET", f"/api/v1/typebots/{typebot['id']}/publishedTypebot", None),
    ]
    for method, url, body in calls:
        foreign = await client.request(method, url, json=body, headers=stranger.headers)
        missing = await client.request(
            method, url.replace(typebot["id"], "doesnotexist"), json=body, headers=stranger.headers
        )
        assert foreign.status_code == 404, (method, url)
        assert foreign.json() == missing.json()
    listed = await client.get(
        "/api/v1/typebots", params={"workspaceId": owner.workspace.id}, headers=stranger.headers
    )
    assert listed.status_code == 404
    still = await client.get(f"/api/v1/typebots/{typebot['id']}", headers=owner.headers)
    assert still.json()["typebot"]["name"] == typebot["name"]


async def test_create_in_foreign_workspace_is_404(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    owner = await make_member(db)
    stranger = await make_member(db)
    response = await client.post(
        "/api/v1/typebots/import",
        json={"workspaceId": owner.workspace.id, "typebot": fixture_bot("scoring")},
        headers=stranger.headers,
    )
    assert response.status_code == 404
    assert (await db.scalars(select(Typebot))).all() == []


async def test_guest_reads_but_cannot_write(client: httpx.AsyncClient, db: AsyncSession) -> None:
    owner = await make_member(db)
    guest = await make_member(db)
    typebot = await _import(client, owner)
    shared = await client.post(
        f"/api/v1/typebots/{typebot['id']}/collaborators",
        json={"email": guest.user.email, "type": "READ"},
        headers=owner.headers,
    )
    assert shared.status_code == 200, shared.text
    got = await client.get(f"/api/v1/typebots/{typebot['id']}", headers=guest.headers)
    assert got.json()["currentUserMode"] == "read"
    patched = await client.patch(
        f"/api/v1/typebots/{typebot['id']}", json={"typebot": {"name": "x"}}, headers=guest.headers
    )
    assert patched.status_code == 403
    assert patched.json()["code"] == "FORBIDDEN"


@pytest.mark.parametrize(
    ("change", "path", "reason"),
    [
        (
            {
                "groups": [
                    {
                        "id": "g",
                        "blocks": [
                            {"id": "b", "type": "text input", "options": {"variableId": "ghost"}}
                        ],
                    }
                ]
            },
            "groups[0].blocks[0].options.variableId",
            "unknown variable",
        ),
        (
            {"groups": [{"id": "g", "blocks": [{"type": "text"}]}]},
            "groups[0].blocks[0].id",
            "Field required",
        ),
        (
            {
                "groups": [
                    {
                        "id": "g",
                        "blocks": [
                            {"id": "b", "type": "rating input", "options": {"length": "ten"}}
                        ],
                    }
                ]
            },
            "groups[0].blocks[0].options.length",
            "should be a valid",
        ),
        ({"events": []}, "events[0]", "start event is missing"),
        ({"variables": [{"id": "v"}]}, "variables[0].name", "Field required"),
    ],
)
async def test_invalid_document_is_400_naming_the_path(
    client: httpx.AsyncClient, db: AsyncSession, change: dict[str, Any], path: str, reason: str
) -> None:
    member = await make_member(db)
    typebot = await _import(client, member)
    response = await client.patch(
        f"/api/v1/typebots/{typebot['id']}", json={"typebot": change}, headers=member.headers
    )
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["code"] == "BAD_REQUEST"
    assert path in body["message"]
    assert any(p["path"] == path and reason in p["message"] for p in body["data"]["problems"])
    unchanged = await client.get(f"/api/v1/typebots/{typebot['id']}", headers=member.headers)
    assert unchanged.json()["typebot"] == typebot


async def test_bad_request_body_is_400_naming_the_field(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    response = await client.post(
        "/api/v1/typebots/import", json={"typebot": {}}, headers=member.headers
    )
    assert response.status_code == 400
    assert "workspaceId" in response.json()["message"]
    not_json = await client.post(
        "/api/v1/typebots/import",
        content=b"{",
        headers=member.headers | {"Content-Type": "application/json"},
    )
    assert not_json.status_code == 400
    import_garbage = await client.post(
        "/api/v1/typebots/import",
        json={"workspaceId": member.workspace.id, "typebot": {"version": "6.1", "groups": 3}},
        headers=member.headers,
    )
    assert import_garbage.status_code == 400
    assert "groups" in import_garbage.json()["message"]


async def test_stale_update_is_409_and_overwrite_wins(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    typebot = await _import(client, member)
    loaded_at = typebot["updatedAt"]
    first = await client.patch(
        f"/api/v1/typebots/{typebot['id']}",
        json={"typebot": {"name": "First", "updatedAt": loaded_at}},
        headers=member.headers,
    )
    assert first.status_code == 200
    assert first.json()["typebot"]["updatedAt"] > loaded_at
    stale = await client.patch(
        f"/api/v1/typebots/{typebot['id']}",
        json={"typebot": {"name": "Second", "updatedAt": loaded_at}},
        headers=member.headers,
    )
    assert stale.status_code == 409
    assert stale.json()["code"] == "CONFLICT"
    current = await client.get(f"/api/v1/typebots/{typebot['id']}", headers=member.headers)
    assert current.json()["typebot"]["name"] == "First"
    forced = await client.patch(
        f"/api/v1/typebots/{typebot['id']}",
        json={"typebot": {"name": "Second", "updatedAt": loaded_at}, "overwrite": True},
        headers=member.headers,
    )
    assert forced.status_code == 200
    assert forced.json()["typebot"]["name"] == "Second"


async def test_concurrent_updates_from_one_version_never_both_win(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    typebot = await _import(client, member)
    responses = await asyncio.gather(
        *(
            client.patch(
                f"/api/v1/typebots/{typebot['id']}",
                json={"typebot": {"name": f"Writer {i}", "updatedAt": typebot["updatedAt"]}},
                headers=member.headers,
            )
            for i in range(6)
        )
    )
    statuses = sorted(r.status_code for r in responses)
    assert statuses.count(200) == 1, statuses
    assert set(statuses) == {200, 409}
    winner = next(r for r in responses if r.status_code == 200).json()["typebot"]["name"]
    current = await client.get(f"/api/v1/typebots/{typebot['id']}", headers=member.headers)
    assert current.json()["typebot"]["name"] == winner


async def test_update_keeps_what_it_does_not_touch(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    typebot = await _import(client, member)
    groups = typebot["groups"]
    groups[1]["title"] = "Renamed group"
    response = await client.patch(
        f"/api/v1/typebots/{typebot['id']}",
        json={"typebot": {"groups": groups, "updatedAt": typebot["updatedAt"]}},
        headers=member.headers,
    )
    assert response.status_code == 200, response.text
    updated = response.json()["typebot"]
    assert updated["groups"][1]["title"] == "Renamed group"
    for key in ("edges", "variables", "events", "theme", "settings", "name", "publicId"):
        assert updated[key] == typebot[key]
    read_only = await client.patch(
        f"/api/v1/typebots/{typebot['id']}",
        json={"typebot": {"workspaceId": "other"}},
        headers=member.headers,
    )
    assert read_only.status_code == 400
    assert "workspaceId" in read_only.json()["message"]


@pytest.mark.parametrize("path", every_bot_param())
async def test_every_bot_imports_through_the_api(
    client: httpx.AsyncClient, db: AsyncSession, path: Path
) -> None:
    member = await make_member(db)
    source = read_bot(path)
    typebot = await _import(client, member, source)
    assert typebot["version"] == "6.1"
    assert typebot["name"] == source["name"]
    assert typebot["id"] != source.get("id"), "API imports get a new id"
    again = await client.post(
        "/api/v1/typebots/import",
        json={"workspaceId": member.workspace.id, "typebot": typebot},
        headers=member.headers,
    )
    assert again.status_code == 200
    assert again.json()["warnings"] == []
    exported_again = again.json()["typebot"]
    for key in ("groups", "edges", "events", "variables", "theme", "settings"):
        assert exported_again[key] == typebot[key]


async def test_publish_versions_and_unpublish(client: httpx.AsyncClient, db: AsyncSession) -> None:
    member = await make_member(db)
    typebot = await _import(client, member)
    url = f"/api/v1/typebots/{typebot['id']}"
    none = await client.get(f"{url}/publishedTypebot", headers=member.headers)
    assert none.json() == {"publishedTypebot": None}

    assert (await client.post(f"{url}/publish", headers=member.headers)).json() == {
        "message": "success"
    }
    published = (await client.get(f"{url}/publishedTypebot", headers=member.headers)).json()
    first = published["publishedTypebot"]
    assert first["typebotId"] == typebot["id"]
    assert first["groups"] == typebot["groups"]
    assert first["versionNumber"] == 1

    await client.patch(url, json={"typebot": {"name": "Changed"}}, headers=member.headers)
    draft_change = (await client.get(f"{url}/publishedTypebot", headers=member.headers)).json()
    assert draft_change["publishedTypebot"] == first, "editing the draft leaves the live version"

    await client.post(f"{url}/publish", headers=member.headers)
    second = (await client.get(f"{url}/publishedTypebot", headers=member.headers)).json()
    assert second["publishedTypebot"]["versionNumber"] == 2
    assert second["publishedTypebot"]["id"] != first["id"]

    listed = await client.get(
        "/api/v1/typebots", params={"workspaceId": member.workspace.id}, headers=member.headers
    )
    assert listed.json()["typebots"][0]["publishedTypebotId"] == second["publishedTypebot"]["id"]

    assert (await client.post(f"{url}/unpublish", headers=member.headers)).status_code == 200
    after = await client.get(f"{url}/publishedTypebot", headers=member.headers)
    assert after.json() == {"publishedTypebot": None}
    again = await client.post(f"{url}/unpublish", headers=member.headers)
    assert again.status_code == 404
    versions = (
        await db.scalars(select(PublishedVersion.number).order_by(PublishedVersion.number))
    ).all()
    assert list(versions) == [1, 2], "every publish is kept"


async def test_public_id_clash_is_409(client: httpx.AsyncClient, db: AsyncSession) -> None:
    member = await make_member(db)
    first = await _import(client, member)
    second = await _import(client, member, fixture_bot("scoring"))
    response = await client.patch(
        f"/api/v1/typebots/{second['id']}",
        json={"typebot": {"publicId": first["publicId"]}},
        headers=member.headers,
    )
    assert response.status_code == 409
    assert "publicId" in response.json()["message"]


async def _import_over(
    client: httpx.AsyncClient, member: Member, typebot_id: str
) -> httpx.Response:
    """Import the scoring fixture over ``typebot_id``, in ``member``'s workspace."""
    return await client.post(
        "/api/v1/typebots/import",
        json={
            "workspaceId": member.workspace.id,
            "typebot": fixture_bot("scoring"),
            "typebotId": typebot_id,
        },
        headers=member.headers,
    )


async def test_import_over_a_bot_replaces_its_draft(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    target = await _import(client, member)
    published = await client.post(
        f"/api/v1/typebots/{target['id']}/publish", headers=member.headers
    )
    assert published.status_code == 200
    source = fixture_bot("scoring")
    response = await _import_over(client, member, target["id"])
    assert response.status_code == 200, response.text
    replaced = response.json()["typebot"]
    assert replaced["id"] == target["id"]
    assert replaced["publicId"] == target["publicId"]
    assert replaced["name"] == source["name"]
    assert [g["id"] for g in replaced["groups"]] == [g["id"] for g in source["groups"]]
    listed = await client.get(
        "/api/v1/typebots", params={"workspaceId": member.workspace.id}, headers=member.headers
    )
    assert [t["id"] for t in listed.json()["typebots"]] == [target["id"]]


async def test_import_over_a_bot_needs_write_access_in_that_workspace(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    owner = await make_member(db)
    stranger = await make_member(db)
    target = await _import(client, owner)
    foreign = await _import_over(client, stranger, target["id"])
    assert foreign.status_code == 404
    second = await make_member(db, email=owner.user.email)
    wrong_workspace = await _import_over(client, second, target["id"])
    assert wrong_workspace.status_code == 400
    assert "typebotId" in wrong_workspace.json()["message"]
    kept = await client.get(f"/api/v1/typebots/{target['id']}", headers=owner.headers)
    assert kept.json()["typebot"]["name"] == target["name"]
