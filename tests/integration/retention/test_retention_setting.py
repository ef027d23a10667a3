"""The workspace setting that bounds how long results are kept, through the workspace API."""

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.store.models import Workspace, WorkspaceRole
from tests.support.factories import add_to_workspace, make_member


async def test_an_admin_sets_and_clears_the_retention(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    admin = await make_member(db)
    url = f"/api/v1/workspaces/{admin.workspace.id}"
    response = await client.patch(
        url, json={"settings": {"resultsRetentionDays": 30}}, headers=admin.headers
    )
    assert response.status_code == 200, response.text
    assert response.json()["workspace"]["settings"] == {"resultsRetentionDays": 30}
    renamed = await client.patch(url, json={"name": "Renamed"}, headers=admin.headers)
    assert renamed.json()["workspace"]["name"] == "Renamed"
    assert renamed.json()["workspace"]["settings"] == {"resultsRetentionDays": 30}
    read = await client.get(url, headers=admin.headers)
    assert read.json()["workspace"]["settings"] == {"resultsRetentionDays": 30}

    cleared = await client.patch(
        url, json={"settings": {"resultsRetentionDays": None}}, headers=admin.headers
    )
    assert cleared.json()["workspace"]["settings"] == {"resultsRetentionDays": None}
    stored = await db.get(Workspace, admin.workspace.id)
    assert stored is not None
    await db.refresh(stored)
    assert stored.settings == {"resultsRetentionDays": None}


async def test_out_of_range_days_are_400_naming_the_field(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    admin = await make_member(db)
    url = f"/api/v1/workspaces/{admin.workspace.id}"
    for days in (0, 3651, "forever", 1.5):
        response = await client.patch(
            url, json={"settings": {"resultsRetentionDays": days}}, headers=admin.headers
        )
        assert response.status_code == 400, days
        problem = response.json()["data"]["problems"][0]
        assert problem["path"] == "settings.resultsRetentionDays"
    stored = await db.get(Workspace, admin.workspace.id)
    assert stored is not None
    await db.refresh(stored)
    assert stored.settings == {}


async def test_only_admins_of_the_workspace_change_it(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    admin = await make_member(db)
    member = await make_member(db)
    stranger = await make_member(db)
    await add_to_workspace(db, member, admin.workspace, WorkspaceRole.MEMBER)
    url = f"/api/v1/workspaces/{admin.workspace.id}"
    body = {"settings": {"resultsRetentionDays": 7}}
    assert (await client.patch(url, json=body, headers=stranger.headers)).status_code == 404
    assert (await client.patch(url, json=body, headers=member.headers)).status_code == 403
    assert (await client.patch(url, json=body)).status_code == 401
    stored = await db.get(Workspace, admin.workspace.id)
    assert stored is not None
    await db.refresh(stored)
    assert stored.settings == {}
