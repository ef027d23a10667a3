"""Management API for folders."""

from typing import Annotated

from fastapi import Path, Query

from botloom.api.deps import CurrentUser, DbDep
from botloom.api.errors import ERROR_RESPONSES, with_conflict
from botloom.api.routing import api_router
from botloom.domain.access.queries import access_folder, access_workspace
from botloom.domain.errors import NotFoundError
from botloom.domain.folders import actions, queries
from botloom.domain.folders.schemas import (
    FolderCreate,
    FolderListResponse,
    FolderRead,
    FolderResponse,
    FolderSummary,
    FolderUpdate,
)
from botloom.domain.schemas import SuccessResponse
from botloom.store.models import Folder, WorkspaceRole

router = api_router(prefix="/api/v1/folders", tags=["folders"])

FolderIdPath = Annotated[str, Path(alias="folderId")]


def _read(folder: Folder) -> FolderRead:
    return FolderRead(
        id=folder.id,
        name=folder.name,
        parent_folder_id=folder.parent_folder_id,
        workspace_id=folder.workspace_id,
        created_at=folder.created_at,
        updated_at=folder.updated_at,
    )


@router.get("", responses=ERROR_RESPONSES)
async def list_folders(
    db: DbDep,
    user: CurrentUser,
    workspace_id: str = Query(alias="workspaceId"),
    parent_folder_id: str | None = Query(default=None, alias="parentFolderId"),
) -> FolderListResponse:
    """Folders of a workspace directly inside a parent (top level without one)."""
    await access_workspace(
        db=db, actor=user, workspace_id=workspace_id, needed=WorkspaceRole.MEMBER
    )
    rows = await queries.list_folders(
        db=db, workspace_id=workspace_id, parent_folder_id=parent_folder_id
    )
    return FolderListResponse(
        folders=[FolderSummary(id=f.id, name=f.name, created_at=f.created_at) for f in rows]
    )


@router.post("", responses=with_conflict("A folder with this id already exists"))
async def create_folder(body: FolderCreate, db: DbDep, user: CurrentUser) -> FolderResponse:
    """A new folder."""
    await access_workspace(
        db=db, actor=user, workspace_id=body.workspace_id, needed=WorkspaceRole.MEMBER
    )
    folder = await actions.do_create_folder(
        db=db,
        actor=user,
        workspace_id=body.workspace_id,
        name=body.folder_name,
        parent_folder_id=body.parent_folder_id,
        folder_id=body.id,
    )
    return FolderResponse(folder=_read(folder))


@router.get("/{folderId}", responses=ERROR_RESPONSES)
async def get_folder(folder_id: FolderIdPath, db: DbDep, user: CurrentUser) -> FolderResponse:
    """One folder."""
    folder = await access_folder(
        db=db, actor=user, folder_id=folder_id, needed=WorkspaceRole.MEMBER
    )
    return FolderResponse(folder=_read(folder))


@router.patch("/{folderId}", responses=ERROR_RESPONSES)
async def update_folder(
    folder_id: FolderIdPath, body: FolderUpdate, db: DbDep, user: CurrentUser
) -> FolderResponse:
    """Rename or move a folder."""
    folder = await access_folder(
        db=db, actor=user, folder_id=folder_id, needed=WorkspaceRole.MEMBER
    )
    if folder.workspace_id != body.workspace_id:
        raise NotFoundError("Folder not found")
    updated = await actions.do_update_folder(
        db=db,
        actor=user,
        folder=folder,
        name=body.folder.name,
        parent_folder_id=body.folder.parent_folder_id,
        move="parent_folder_id" in body.folder.model_fields_set,
    )
    return FolderResponse(folder=_read(updated))


@router.delete("/{folderId}", responses=ERROR_RESPONSES)
async def delete_folder(folder_id: FolderIdPath, db: DbDep, user: CurrentUser) -> SuccessResponse:
    """Delete a folder and its subfolders; their bots move to the top level."""
    folder = await access_folder(
        db=db, actor=user, folder_id=folder_id, needed=WorkspaceRole.MEMBER
    )
    await actions.do_delete_folder(db=db, actor=user, folder=folder)
    return SuccessResponse()
