"""Reading folders; who may see which is decided by ``botloom.domain.access``."""

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.access.queries import access_folder
from botloom.domain.errors import InvalidInputError
from botloom.store.models import Folder, User, WorkspaceRole


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
