"""Deleting a workspace takes everything in it, files in the storage included."""

import httpx
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.store.models import (
    AuditEvent,
    Credentials,
    Folder,
    MemberInWorkspace,
    Result,
    Typebot,
    WorkspaceRole,
)
from tests.integration.uploads.bots import any_file_bot
from tests.integration.uploads.chat import reply, start, upload
from tests.integration.uploads.conftest import (  # noqa: F401 (fixtures of this test)
    UploadsServer,
    http,
    uploads_server,
)
from tests.integration.uploads.owned import file_path, publish_owned
from tests.support.factories import add_to_workspace, make_member


async def _count(db: AsyncSession, model: type, workspace_id: str) -> int:
    db.expire_all()
    found = await db.scalar(
        select(func.count()).select_from(model).where(model.workspace_id == workspace_id)  # type: ignore[attr-defined]
    )
    return int(found or 0)


async def test_an_admin_deletes_a_workspace_with_its_bots_results_files_and_credentials(
    http: httpx.AsyncClient,  # noqa: F811
    db: AsyncSession,
    uploads_server: UploadsServer,  # noqa: F811
) -> None:
    admin = await make_member(db)
    member = await make_member(db)
    other = await make_member(db)
    workspace_id = admin.workspace.id
    admin_id = admin.user.id
    await add_to_workspace(db, member, admin.workspace, WorkspaceRole.MEMBER)
    bot = await publish_owned(db, admin, any_file_bot())
    kept_bot = await publish_owned(db, other, any_file_bot())
    urls = []
    for public_id in (bot, kept_bot):
        chat = await start(http, public_id)
        url = await upload(http, chat["sessionId"], "b2", "f.txt", b"content")
        await reply(http, chat["sessionId"], {"type": "text", "text": url})
        urls.append(url)
    db.add(Credentials(workspace_id=workspace_id, type="openai", name="k", data="d", iv="i"))
    db.add(Folder(workspace_id=workspace_id, name="Folder"))
    await db.commit()

    refused = await http.delete(f"/api/v1/workspaces/{workspace_id}", headers=member.headers)
    assert refused.status_code == 403, "members do not delete the workspace"
    hidden = await http.delete(f"/api/v1/workspaces/{workspace_id}", headers=other.headers)
    assert hidden.status_code == 404

    deleted = await http.delete(f"/api/v1/workspaces/{workspace_id}", headers=admin.headers)

    assert deleted.status_code == 200, deleted.text
    assert deleted.json() == {"message": "success"}
    for model in (Typebot, Credentials, Folder, MemberInWorkspace):
        assert await _count(db, model, workspace_id) == 0, model
    assert await db.scalar(select(func.count()).select_from(Result)) == 1, "other's result"
    gone, kept = urls
    assert (await http.get(gone)).status_code == 404
    assert not file_path(uploads_server.data_dir, gone).exists()
    assert (await http.get(kept)).content == b"content"
    listed = await http.get("/api/v1/workspaces", headers=admin.headers)
    assert listed.json() == {"workspaces": []}
    trail = await db.scalar(select(AuditEvent).where(AuditEvent.action == "workspace.delete"))
    assert trail is not None, "the deletion's own record outlives the workspace"
    assert trail.actor_id == admin_id
