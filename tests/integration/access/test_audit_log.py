"""The audit log: written with each change, read by admins a keyset page at a time."""

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.store.models import WorkspaceRole
from tests.integration.access.world import world_bot
from tests.support.factories import add_to_workspace, make_member


async def test_changes_are_logged_and_paged(client: httpx.AsyncClient, db: AsyncSession) -> None:
    admin = await make_member(db)
    member = await make_member(db)
    ws = admin.workspace.id
    await add_to_workspace(db, member, admin.workspace, WorkspaceRole.MEMBER)
    bot = (
        await client.post(
            "/api/v1/typebots/import",
            json={"workspaceId": ws, "typebot": world_bot()},
            headers=member.headers,
        )
    ).json()["typebot"]["id"]
    base = f"/api/v1/typebots/{bot}"
    await client.patch(base, json={"typebot": {"name": "Renamed"}}, headers=member.headers)
    await client.post(f"{base}/publish", headers=member.headers)
    export = await client.get(f"{base}/results/export", headers=member.headers)
    assert export.status_code == 200
    await client.delete(base, headers=member.headers)
    refused = await client.patch(
        f"/api/v1/workspaces/{ws}", json={"name": "x"}, headers=member.headers
    )
    assert refused.status_code == 403

    url = f"/api/v1/workspaces/{ws}/audit-log"
    assert (await client.get(url, headers=member.headers)).status_code == 403
    first = (await client.get(url, params={"limit": 3}, headers=admin.headers)).json()
    rest = (
        await client.get(url, params={"cursor": first["nextCursor"]}, headers=admin.headers)
    ).json()
    assert rest["nextCursor"] is None
    events = [*first["events"], *rest["events"]]
    assert [e["action"] for e in events] == [
        "typebot.delete",
        "results.export",
        "typebot.publish",
        "typebot.update",
        "typebot.import",
        "workspace.create",
    ], "newest first; a refused change leaves no trace"
    assert {e["actorEmail"] for e in events[:5]} == {member.user.email}
    assert events[0]["targetId"] == bot
    assert events[3]["details"]["fields"] == ["name"]
    bad = await client.get(url, params={"cursor": "x"}, headers=admin.headers)
    assert bad.status_code == 400
    assert "cursor" in bad.json()["message"]
