"""Credentials management: encrypted at rest, never returned, only for the workspace's admins."""

from typing import Any

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.credentials.crypto import Encrypted, decrypt
from botloom.store.models import Credentials, WorkspaceRole
from tests.integration.integrations.conftest import SECRET
from tests.support.factories import Member, add_to_workspace, make_member

PASSWORD = "smtp-password-never-shown-7c1e"
SMTP_DATA = {
    "host": "smtp.example.com",
    "port": 587,
    "username": "bot",
    "password": PASSWORD,
    "from": {"email": "bot@example.com", "name": "Bot"},
}


def _url(member: Member, suffix: str = "") -> str:
    return f"/api/v1/workspaces/{member.workspace.id}/credentials{suffix}"


async def _create(
    api: httpx.AsyncClient, member: Member, data: dict[str, Any] | None = None
) -> httpx.Response:
    body = {"type": "smtp", "name": "Relay", "data": data or SMTP_DATA}
    return await api.post(_url(member), json=body, headers=member.headers)


async def test_secrets_are_stored_encrypted_and_never_returned(
    api: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    created = await _create(api, member)
    assert created.status_code == 200, created.text
    read = created.json()["credentials"]
    assert set(read) == {"id", "workspaceId", "type", "name", "createdAt"}
    assert (read["type"], read["name"]) == ("smtp", "Relay")

    listed = await api.get(_url(member), headers=member.headers)
    renamed = await api.patch(
        _url(member, f"/{read['id']}"), json={"name": "Main relay"}, headers=member.headers
    )
    assert renamed.json()["credentials"]["name"] == "Main relay"
    for response in (created, listed, renamed):
        assert PASSWORD not in response.text
        assert "smtp.example.com" not in response.text
    assert [c["id"] for c in listed.json()["credentials"]] == [read["id"]]

    row = await db.scalar(select(Credentials).where(Credentials.id == read["id"]))
    assert row is not None
    for column in (row.data, row.iv, row.name, row.type):
        assert PASSWORD not in column
        assert "smtp.example.com" not in column
    assert len(row.iv) == 24
    assert decrypt(Encrypted(data=row.data, iv=row.iv), SECRET) == SMTP_DATA


async def test_replacing_data_re_encrypts_it(api: httpx.AsyncClient, db: AsyncSession) -> None:
    member = await make_member(db)
    credentials_id = (await _create(api, member)).json()["credentials"]["id"]
    before = await db.scalar(select(Credentials.iv).where(Credentials.id == credentials_id))
    new_data = {**SMTP_DATA, "password": "another-secret-92d1"}
    response = await api.patch(
        _url(member, f"/{credentials_id}"), json={"data": new_data}, headers=member.headers
    )
    assert response.status_code == 200
    assert "another-secret-92d1" not in response.text
    row = await db.scalar(select(Credentials).where(Credentials.id == credentials_id))
    assert row is not None
    await db.refresh(row)
    assert row.iv != before
    assert decrypt(Encrypted(data=row.data, iv=row.iv), SECRET) == new_data


async def test_other_workspaces_see_nothing(api: httpx.AsyncClient, db: AsyncSession) -> None:
    owner = await make_member(db)
    stranger = await make_member(db)
    credentials_id = (await _create(api, owner)).json()["credentials"]["id"]
    as_stranger = {"headers": stranger.headers}
    assert (await api.get(_url(owner), **as_stranger)).status_code == 404
    assert (await _create(api, stranger)).status_code == 200
    create_there = await api.post(
        _url(owner), json={"type": "smtp", "name": "x", "data": SMTP_DATA}, **as_stranger
    )
    assert create_there.status_code == 404
    path = _url(owner, f"/{credentials_id}")
    assert (await api.delete(path, **as_stranger)).status_code == 404
    assert (await api.patch(path, json={"name": "mine"}, **as_stranger)).status_code == 404
    # Another workspace's id through one's own workspace is not found either.
    own_path = _url(stranger, f"/{credentials_id}")
    assert (await api.delete(own_path, **as_stranger)).status_code == 404
    assert (await api.get(_url(owner), headers=owner.headers)).json()["credentials"][0]["id"] == (
        credentials_id
    )


async def test_only_admins_change_credentials(api: httpx.AsyncClient, db: AsyncSession) -> None:
    owner = await make_member(db)
    colleague = await make_member(db)
    await add_to_workspace(db, colleague, owner.workspace, WorkspaceRole.MEMBER)
    credentials_id = (await _create(api, owner)).json()["credentials"]["id"]
    listed = await api.get(_url(owner), headers=colleague.headers)
    assert listed.status_code == 200
    assert len(listed.json()["credentials"]) == 1
    refused = await api.post(
        _url(owner),
        json={"type": "smtp", "name": "x", "data": SMTP_DATA},
        headers=colleague.headers,
    )
    assert refused.status_code == 403
    deleted = await api.delete(_url(owner, f"/{credentials_id}"), headers=colleague.headers)
    assert deleted.status_code == 403
    assert (await api.delete(_url(owner, f"/{credentials_id}"), headers=owner.headers)).json() == {
        "message": "success"
    }
    assert (await api.get(_url(owner), headers=owner.headers)).json() == {"credentials": []}


async def test_bad_input_names_the_field(api: httpx.AsyncClient, db: AsyncSession) -> None:
    member = await make_member(db)
    bad_port = await _create(api, member, {**SMTP_DATA, "port": "not a port"})
    assert bad_port.status_code == 400
    assert bad_port.json()["data"]["problems"][0]["path"] == "data.port"
    assert PASSWORD not in bad_port.text
    no_name = await api.post(
        _url(member), json={"type": "smtp", "data": SMTP_DATA}, headers=member.headers
    )
    assert no_name.status_code == 400
    assert [p["path"] for p in no_name.json()["data"]["problems"]] == ["name"]
    assert (await api.get(_url(member), headers=member.headers)).json() == {"credentials": []}


async def test_without_a_secret_credentials_are_refused_clearly(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    response = await _create(client, member)
    assert response.status_code == 409
    assert "BOTLOOM_ENCRYPTION_SECRET" in response.json()["message"]
    assert PASSWORD not in response.text
    assert await db.scalar(select(Credentials.id)) is None
