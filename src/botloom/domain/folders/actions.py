"""Creating, renaming, moving and deleting folders."""

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.audit.actions import record_change
from botloom.domain.errors import ConflictError, InvalidInputError
from botloom.domain.folders.queries import check_folder_in_workspace
from botloom.store.models import Folder, User

DEFAULT_FOLDER_NAME = "New folder"


def _audit(db: AsyncSession, actor: User, folder: Folder, action: str) -> None:
    record_change(db, actor=actor, target_type="folder", target=folder, action=action)


async def do_create_folder(
    *,
    db: AsyncSession,
    actor: User,
    workspace_id: str,
    name: str | None,
    parent_folder_id: str | None,
    folder_id: str | None = None,
) -> Folder:
    """A new folder in a workspace the caller may edit (checked by the caller)."""
    await check_folder_in_workspace(
        db=db,
        actor=actor,
        workspace_id=workspace_id,
        folder_id=parent_folder_id,
        field="parentFolderId",
    )
    folder = Folder(
        name=name or DEFAULT_FOLDER_NAME,
        workspace_id=workspace_id,
        parent_folder_id=parent_folder_id,
    )
    if folder_id:
        folder.id = folder_id
    db.add(folder)
    try:
        await db.flush()
        _audit(db, actor, folder, "create")
        await db.commit()
    except IntegrityError:
        await db.rollback()
        raise ConflictError("id: a folder with this id already exists") from None
    return folder


async def do_update_folder(
    *,
    db: AsyncSession,
    actor: User,
    folder: Folder,
    name: str | None,
    parent_folder_id: str | None,
    move: bool,
) -> Folder:
    """Rename a folder, and move it when ``move`` (refusing to put it inside itself)."""
    if name is not None:
        folder.name = name
    if move:
        await check_folder_in_workspace(
            db=db,
            actor=actor,
            workspace_id=folder.workspace_id,
            folder_id=parent_folder_id,
            field="parentFolderId",
        )
        ancestor_id = parent_folder_id
        while ancestor_id is not None:
            if ancestor_id == folder.id:
                raise InvalidInputError.for_field(
                    "parentFolderId", "a folder cannot go inside itself"
                )
            ancestor = await db.get(Folder, ancestor_id)
            ancestor_id = ancestor.parent_folder_id if ancestor else None
        folder.parent_folder_id = parent_folder_id
    _audit(db, actor, folder, "update")
    await db.commit()
    return folder


async def do_delete_folder(*, db: AsyncSession, actor: User, folder: Folder) -> None:
    """Delete a folder and its subfolders; bots inside move to the top level."""
    _audit(db, actor, folder, "delete")
    await db.delete(folder)
    await db.commit()
