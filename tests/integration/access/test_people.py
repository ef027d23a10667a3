"""Members and roles, invitations by email, per-bot collaborators, switching workspaces."""

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.auth.actions import do_create_api_token, get_or_create_user
from botloom.domain.workspaces.invitations import has_pending_invitation
from botloom.ids import new_id
from botloom.store.models import WorkspaceRole
from tests.integration.access.world import world_bot
from tests.support.factories import add_to_workspace, make_member


async def test_a_user_in_two_workspaces_lists_and_switches(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    alice = await make_member(db)
    bob = await make_member(db)
    await add_to_workspace(db, alice, bob.workspace, WorkspaceRole.MEMBER)
    for owner in (alice, bob):
        await client.post(
            "/api/v1/typebots",
            json={"workspaceId": owner.workspace.id, "typebot": {"name": f"Of {owner.user.id}"}},
            headers=owner.headers,
        )
    listed = await client.get("/api/v1/workspaces", headers=alice.headers)
    assert [w["id"] for w in listed.json()["workspaces"]] == [alice.workspace.id, bob.workspace.id]
    for owner in (alice, bob):
        bots = await client.get(
            "/api/v1/typebots", params={"workspaceId": owner.workspace.id}, headers=alice.headers
        )
        assert [t["name"] for t in bots.json()["typebots"]] == [f"Of {owner.user.id}"]
    renamed = await client.patch(
        f"/api/v1/workspaces/{alice.workspace.id}",
        json={"name": "Renamed", "icon": "🚀"},
        headers=alice.headers,
    )
    assert renamed.json()["workspace"]["name"] == "Renamed"
    assert renamed.json()["workspace"]["icon"] == "🚀"
    as_member = await client.patch(
        f"/api/v1/workspaces/{bob.workspace.id}", json={"name": "Mine"}, headers=alice.headers
    )
    assert as_member.status_code == 403


async def test_roles_and_the_last_admin(client: httpx.AsyncClient, db: AsyncSession) -> None:
    admin = await make_member(db)
    member = await make_member(db)
    ws = f"/api/v1/workspaces/{admin.workspace.id}/members"
    await add_to_workspace(db, member, admin.workspace, WorkspaceRole.MEMBER)
    listed = await client.get(ws, headers=member.headers)
    assert [(m["userId"], m["role"]) for m in listed.json()["members"]] == [
        (admin.user.id, "ADMIN"),
        (member.user.id, "MEMBER"),
    ]
    assert listed.json()["members"][0]["user"]["email"] == admin.user.email

    leave = await client.delete(f"{ws}/{admin.user.id}", headers=admin.headers)
    assert leave.status_code == 409, "the last admin cannot leave"
    demote = await client.patch(
        f"{ws}/{admin.user.id}", json={"role": "MEMBER"}, headers=admin.headers
    )
    assert demote.status_code == 409, "nor be demoted"
    guest = await client.patch(
        f"{ws}/{member.user.id}", json={"role": "GUEST"}, headers=admin.headers
    )
    assert guest.status_code == 400
    assert "role" in guest.json()["message"]
    by_member = await client.patch(
        f"{ws}/{admin.user.id}", json={"role": "MEMBER"}, headers=member.headers
    )
    assert by_member.status_code == 403

    promoted = await client.patch(
        f"{ws}/{member.user.id}", json={"role": "ADMIN"}, headers=admin.headers
    )
    assert promoted.json()["member"]["role"] == "ADMIN"
    demoted = await client.patch(
        f"{ws}/{admin.user.id}", json={"role": "MEMBER"}, headers=admin.headers
    )
    assert demoted.status_code == 200, "another admin remains"
    left = await client.delete(f"{ws}/{admin.user.id}", headers=admin.headers)
    assert left.status_code == 200, "a member leaves"
    gone = await client.get(f"/api/v1/workspaces/{admin.workspace.id}", headers=admin.headers)
    assert gone.status_code == 404


async def test_invitations(client: httpx.AsyncClient, db: AsyncSession) -> None:
    admin = await make_member(db)
    existing = await make_member(db)
    url = f"/api/v1/workspaces/{admin.workspace.id}/invitations"

    joined = await client.post(
        url, json={"email": existing.user.email.upper(), "type": "ADMIN"}, headers=admin.headers
    )
    assert joined.status_code == 200, joined.text
    assert joined.json()["member"]["role"] == "ADMIN"
    assert joined.json()["invitation"] is None
    again = await client.post(url, json={"email": existing.user.email}, headers=admin.headers)
    assert again.status_code == 409

    email = f"{new_id()}@later.example.com"
    pending = await client.post(url, json={"email": email}, headers=admin.headers)
    assert pending.json()["invitation"]["email"] == email
    assert pending.json()["invitation"]["type"] == "MEMBER"
    bad = await client.post(url, json={"email": "not an email"}, headers=admin.headers)
    assert bad.status_code == 400
    assert "email" in bad.json()["message"]
    listed = await client.get(url, headers=admin.headers)
    assert [i["email"] for i in listed.json()["invitations"]] == [email]
    assert await has_pending_invitation(db=db, email=email.upper())

    user = await get_or_create_user(db=db, email=email)
    token = await do_create_api_token(db=db, user=user, name="t")
    assert not await has_pending_invitation(db=db, email=email)
    theirs = await client.get("/api/v1/workspaces", headers={"Authorization": f"Bearer {token}"})
    assert [w["id"] for w in theirs.json()["workspaces"]] == [admin.workspace.id]
    assert (await client.get(url, headers=admin.headers)).json() == {"invitations": []}

    withdrawn_email = f"{new_id()}@never.example.com"
    withdrawn = await client.post(url, json={"email": withdrawn_email}, headers=admin.headers)
    invitation_id = withdrawn.json()["invitation"]["id"]
    assert (await client.delete(f"{url}/{invitation_id}", headers=admin.headers)).status_code == 200
    assert not await has_pending_invitation(db=db, email=withdrawn_email)
    missing = await client.delete(f"{url}/{invitation_id}", headers=admin.headers)
    assert missing.status_code == 404


async def test_collaborators_decide_a_guests_access(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    owner = await make_member(db)
    guest = await make_member(db)
    ws = owner.workspace.id
    shared, private = [
        (
            await client.post(
                "/api/v1/typebots/import",
                json={"workspaceId": ws, "typebot": {**world_bot(), "name": name}},
                headers=owner.headers,
            )
        ).json()["typebot"]["id"]
        for name in ("Shared", "Private")
    ]
    url = f"/api/v1/typebots/{shared}/collaborators"
    added = await client.post(
        url, json={"email": guest.user.email, "type": "READ"}, headers=owner.headers
    )
    assert added.json()["collaborator"]["type"] == "READ"
    unknown = await client.post(
        url, json={"email": "nobody@nowhere.example.com"}, headers=owner.headers
    )
    assert unknown.status_code == 400
    assert "email" in unknown.json()["message"]

    listed = await client.get("/api/v1/typebots", params={"workspaceId": ws}, headers=guest.headers)
    assert [(t["id"], t["accessRight"]) for t in listed.json()["typebots"]] == [(shared, "read")]
    assert (
        await client.get(f"/api/v1/typebots/{private}", headers=guest.headers)
    ).status_code == 404
    rename = {"typebot": {"name": "By guest"}}
    refused = await client.patch(f"/api/v1/typebots/{shared}", json=rename, headers=guest.headers)
    assert refused.status_code == 403

    upgraded = await client.patch(
        f"{url}/{guest.user.id}", json={"type": "WRITE"}, headers=owner.headers
    )
    assert upgraded.json()["collaborator"]["type"] == "WRITE"
    listed = await client.get("/api/v1/typebots", params={"workspaceId": ws}, headers=guest.headers)
    assert listed.json()["typebots"][0]["accessRight"] == "write"
    mode = await client.get(f"/api/v1/typebots/{shared}", headers=guest.headers)
    assert mode.json()["currentUserMode"] == "write"
    written = await client.patch(f"/api/v1/typebots/{shared}", json=rename, headers=guest.headers)
    assert written.status_code == 200, written.text
    deleting = await client.delete(f"/api/v1/typebots/{shared}", headers=guest.headers)
    assert deleting.status_code == 403, "collaborators do not delete bots"

    removed = await client.delete(f"{url}/{guest.user.id}", headers=owner.headers)
    assert removed.status_code == 200
    assert (
        await client.get(f"/api/v1/typebots/{shared}", headers=guest.headers)
    ).status_code == 404
    workspaces = await client.get("/api/v1/workspaces", headers=guest.headers)
    assert [w["id"] for w in workspaces.json()["workspaces"]] == [guest.workspace.id], (
        "a guest with no bot left leaves the workspace"
    )
