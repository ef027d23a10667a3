"""Authorization checks: workspaces by role, bots by role or collaboration, folders.

Workspace roles rank guest < member < admin. A guest is in a workspace only through bots shared
with them (collaborators): they see the workspace and those bots, nothing else of it. On a bot,
members and admins of its workspace may do everything (``BotRight.MANAGE``); a collaborator may
read it, or read and change it, as their collaboration says.
"""

from enum import IntEnum

from sqlalchemy import and_, select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.errors import ForbiddenError, NotFoundError
from botloom.store.models import (
    CollaborationType,
    CollaboratorOnTypebot,
    Folder,
    MemberInWorkspace,
    Typebot,
    User,
    Workspace,
    WorkspaceRole,
)

_RANK = {WorkspaceRole.GUEST: 0, WorkspaceRole.MEMBER: 1, WorkspaceRole.ADMIN: 2}


class BotRight(IntEnum):
    """What a caller may do with one bot; each right includes the ones below it."""

    READ = 1
    """See the bot, its published version, results and analytics; preview it."""
    WRITE = 2
    """Change the draft, publish, unpublish, delete results, test its HTTP requests."""
    MANAGE = 3
    """Delete the bot and choose its collaborators: members and admins of its workspace."""


_COLLABORATION_RIGHT = {
    CollaborationType.READ: BotRight.READ,
    CollaborationType.WRITE: BotRight.WRITE,
}


def check_role(role: WorkspaceRole, needed: WorkspaceRole) -> None:
    """Raise ``ForbiddenError`` unless ``role`` is at least ``needed``."""
    if _RANK[role] < _RANK[needed]:
        raise ForbiddenError(f"This needs the {needed.value.lower()} role in the workspace")


def check_right(right: BotRight, needed: BotRight) -> None:
    """Raise ``ForbiddenError`` unless ``right`` is at least ``needed``."""
    if right < needed:
        raise ForbiddenError(f"This needs {needed.name.lower()} access to the bot")


async def access_workspace_role(
    *, db: AsyncSession, actor: User, workspace_id: str, needed: WorkspaceRole
) -> tuple[Workspace, WorkspaceRole]:
    """The workspace and the caller's role in it, if that role is at least ``needed``.

    A non-member gets ``NotFoundError``, exactly as for a workspace that does not exist.
    """
    row = (
        await db.execute(
            select(Workspace, MemberInWorkspace.role)
            .join(MemberInWorkspace, MemberInWorkspace.workspace_id == Workspace.id)
            .where(Workspace.id == workspace_id, MemberInWorkspace.user_id == actor.id)
        )
    ).first()
    if row is None:
        raise NotFoundError("Workspace not found")
    workspace, role = row
    check_role(role, needed)
    return workspace, role


async def access_workspace(
    *, db: AsyncSession, actor: User, workspace_id: str, needed: WorkspaceRole
) -> Workspace:
    """The workspace if ``actor`` is a member with at least ``needed`` (see
    :func:`access_workspace_role`)."""
    workspace, _ = await access_workspace_role(
        db=db, actor=actor, workspace_id=workspace_id, needed=needed
    )
    return workspace


async def access_typebot(
    *, db: AsyncSession, actor: User, typebot_id: str, needed: BotRight
) -> tuple[Typebot, BotRight]:
    """The bot and the caller's right on it, if that right is at least ``needed``.

    ``NotFoundError`` both when the bot does not exist and when the caller neither belongs to its
    workspace nor collaborates on it, so that ids of other workspaces' bots leak nothing.
    """
    row = (
        await db.execute(
            select(Typebot, MemberInWorkspace.role, CollaboratorOnTypebot.type)
            .outerjoin(
                MemberInWorkspace,
                and_(
                    MemberInWorkspace.workspace_id == Typebot.workspace_id,
                    MemberInWorkspace.user_id == actor.id,
                ),
            )
            .outerjoin(
                CollaboratorOnTypebot,
                and_(
                    CollaboratorOnTypebot.typebot_id == Typebot.id,
                    CollaboratorOnTypebot.user_id == actor.id,
                ),
            )
            .where(Typebot.id == typebot_id)
        )
    ).first()
    right = None if row is None or row[0].is_archived else _bot_right(row[1], row[2])
    if row is None or right is None:
        raise NotFoundError("Typebot not found")
    check_right(right, needed)
    return row[0], right


def collaboration_right(collaboration: CollaborationType) -> BotRight:
    """The right a collaboration gives on its bot."""
    return _COLLABORATION_RIGHT[collaboration]


def _bot_right(
    role: WorkspaceRole | None, collaboration: CollaborationType | None
) -> BotRight | None:
    if role is not None and role != WorkspaceRole.GUEST:
        return BotRight.MANAGE
    return None if collaboration is None else collaboration_right(collaboration)


async def access_folder(
    *, db: AsyncSession, actor: User, folder_id: str, needed: WorkspaceRole
) -> Folder:
    """The folder if ``actor`` has at least ``needed`` in its workspace; ``NotFoundError`` if
    they are not in it (guests see no folders: they get ``ForbiddenError``)."""
    folder = await db.get(Folder, folder_id)
    if folder is None:
        raise NotFoundError("Folder not found")
    try:
        await access_workspace(db=db, actor=actor, workspace_id=folder.workspace_id, needed=needed)
    except NotFoundError:
        raise NotFoundError("Folder not found") from None
    return folder
