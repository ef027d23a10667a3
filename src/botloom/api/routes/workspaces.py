"""Management API for workspaces."""

from typing import Annotated

from fastapi import Path

from botloom.api.deps import CurrentUser, DbDep
from botloom.api.errors import ERROR_RESPONSES
from botloom.api.routing import api_router
from botloom.domain.workspaces import actions, queries
from botloom.domain.workspaces.schemas import (
    WorkspaceCreate,
    WorkspaceListResponse,
    WorkspaceRead,
    WorkspaceResponse,
    WorkspaceSummary,
    WorkspaceUpdate,
)
from botloom.store.models import Workspace, WorkspaceRole

router = api_router(prefix="/api/v1/workspaces", tags=["workspaces"])

WorkspaceIdPath = Annotated[str, Path(alias="workspaceId")]


def _read(workspace: Workspace) -> WorkspaceRead:
    return WorkspaceRead(
        id=workspace.id,
        name=workspace.name,
        icon=workspace.icon,
        created_at=workspace.created_at,
        updated_at=workspace.updated_at,
        settings=workspace.settings,
        is_suspended=workspace.is_suspended,
    )


@router.get("", responses=ERROR_RESPONSES)
async def list_workspaces(db: DbDep, user: CurrentUser) -> WorkspaceListResponse:
    """The workspaces the caller is a member of."""
    rows = await queries.list_workspaces(db=db, actor=user)
    return WorkspaceListResponse(
        workspaces=[WorkspaceSummary(id=w.id, name=w.name, icon=w.icon) for w in rows]
    )


@router.post("", responses=ERROR_RESPONSES)
async def create_workspace(
    body: WorkspaceCreate, db: DbDep, user: CurrentUser
) -> WorkspaceResponse:
    """A new workspace, with the caller as its admin."""
    workspace = await actions.do_create_workspace(db=db, actor=user, name=body.name, icon=body.icon)
    return WorkspaceResponse(workspace=_read(workspace))


@router.get("/{workspaceId}", responses=ERROR_RESPONSES)
async def get_workspace(
    workspace_id: WorkspaceIdPath, db: DbDep, user: CurrentUser
) -> WorkspaceResponse:
    """One workspace of the caller's."""
    workspace = await queries.access_workspace(
        db=db, actor=user, workspace_id=workspace_id, needed=WorkspaceRole.GUEST
    )
    return WorkspaceResponse(workspace=_read(workspace))


@router.patch("/{workspaceId}", responses=ERROR_RESPONSES)
async def update_workspace(
    workspace_id: WorkspaceIdPath, body: WorkspaceUpdate, db: DbDep, user: CurrentUser
) -> WorkspaceResponse:
    """Rename a workspace, change its icon or its settings (admins only)."""
    workspace = await queries.access_workspace(
        db=db, actor=user, workspace_id=workspace_id, needed=WorkspaceRole.ADMIN
    )
    changes = body.model_dump(by_alias=True, exclude_unset=True)
    workspace = await actions.do_update_workspace(db=db, workspace=workspace, changes=changes)
    return WorkspaceResponse(workspace=_read(workspace))
