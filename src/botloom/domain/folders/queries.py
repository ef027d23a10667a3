"""Reading folders through the caller's workspace membership."""

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.errors import InvalidInputError, NotFoundError
from botloom.domain.workspaces.queries import access_workspace
from botloom.store.models import Folder, User, WorkspaceRole


async def access_folder(
    *, db: AsyncSession, actor: User, folder_id: str, needed: WorkspaceRole
) -> Folder:
    """The folder if ``actor`` may see it with at least ``needed``; else ``NotFoundError``."""
    folder = await db.get(Folder, folder_id)
    if folder is None:
        raise NotFoundError("Folder not found")
    try:
        await access_workspace(db=db, actor=actor, workspace_id=folder.workspace_id, needed=needed)
    except NotFoundError:
        raise NotFoundError("Folder not found") from None
    return folder


async def list_folders(
    *, db: AsyncSession, workspace_id: str, parent_folder_id: str | None
) -> Sequence[Folder]:
    """Folders directly inside ``parent_folder_id`` (top level when ``None``), by name."""
    result = await db.scalars(
        select(Folder)
        .where(Folder.workspace_id == workspace_id, Folder.parent_folder_id == parent_folder_id)
        .order_by(Folder.name, Folder.id)
    )
    return result.all()


async def check_folder_in_workspace(
    *, db: AsyncSession, actor: User, workspace_id: str, folder_id: str | None, field: str
) -> None:
    """Check that ``folder_id`` (when given) is a folder of ``workspace_id`` the caller may edit.

    ``field`` names the request field in the error, e.g. ``folderId`` or ``parentFolderId``.
    """
    if folder_id is None:
        return
    folder = await access_folder(
        db=db, actor=actor, folder_id=folder_id, needed=WorkspaceRole.MEMBER
    )
    if folder.workspace_id != workspace_id:
        raise InvalidInputError.for_field(field, "folder is in another workspace")
