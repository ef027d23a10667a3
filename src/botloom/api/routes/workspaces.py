"""Management API for workspaces."""

from typing import Annotated, Any

from fastapi import APIRouter, Path

from botloom.api.deps import CurrentUser, DbDep
from botloom.domain.workspaces import actions, queries
from botloom.domain.workspaces.schemas import (
    WorkspaceCreate,
    WorkspaceListResponse,
    WorkspaceRead,
    WorkspaceResponse,
    WorkspaceSummary,
)
from botloom.store.models import Workspace, WorkspaceRole

router = APIRouter(prefix="/api/v1/workspaces", tags=["workspaces"])

WorkspaceIdPath = Annotated[str, Path(alias="workspaceId")]

_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"description": "Invalid input"},
    401: {"description": "Missing or invalid API token"},
    404: {"description": "Not found, or the caller is not a member"},
}


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


@router.get("", responses=_ERRORS)
async def list_workspaces(db: DbDep, user: CurrentUser) -> WorkspaceListResponse:
    """The workspaces the caller is a member of."""
    rows = await queries.list_workspaces(db=db, actor=user)
    return WorkspaceListResponse(
        workspaces=[WorkspaceSummary(id=w.id, name=w.name, icon=w.icon) for w in rows]
    )


@router.post("", responses=_ERRORS)
async def create_workspace(
    body: WorkspaceCreate, db: DbDep, user: CurrentUser
) -> WorkspaceResponse:
    """A new workspace, with the caller as its admin."""
    workspace = await actions.do_create_workspace(db=db, actor=user, name=body.name, icon=body.icon)
    return WorkspaceResponse(workspace=_read(workspace))


@router.get("/{workspaceId}", responses=_ERRORS)
async def get_workspace(
    workspace_id: WorkspaceIdPath, db: DbDep, user: CurrentUser
) -> WorkspaceResponse:
    """One workspace of the caller's."""
    workspace = await queries.access_workspace(
        db=db, actor=user, workspace_id=workspace_id, needed=WorkspaceRole.GUEST
    )
    return WorkspaceResponse(workspace=_read(workspace))
