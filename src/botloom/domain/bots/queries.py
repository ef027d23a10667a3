"""Reading bots, always through the caller's workspace membership."""

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.errors import NotFoundError
from botloom.domain.workspaces.queries import check_role
from botloom.store.models import (
    MemberInWorkspace,
    PublishedVersion,
    Typebot,
    User,
    WorkspaceRole,
)


async def access_typebot(
    *, db: AsyncSession, actor: User, typebot_id: str, needed: WorkspaceRole
) -> tuple[Typebot, WorkspaceRole]:
    """The bot and the caller's role in its workspace.

    Raises ``NotFoundError`` both when the bot does not exist and when the caller is not a member
    of its workspace, so that ids of other workspaces' bots leak nothing.
    """
    row = (
        await db.execute(
            select(Typebot, MemberInWorkspace.role)
            .join(MemberInWorkspace, MemberInWorkspace.workspace_id == Typebot.workspace_id)
            .where(Typebot.id == typebot_id, MemberInWorkspace.user_id == actor.id)
        )
    ).first()
    if row is None or row[0].is_archived:
        raise NotFoundError("Typebot not found")
    typebot, role = row
    check_role(role, needed)
    return typebot, role


async def list_typebots(
    *, db: AsyncSession, workspace_id: str, folder_id: str | None
) -> Sequence[Typebot]:
    """Bots in a folder (top level when ``folder_id`` is ``None``), newest first."""
    result = await db.scalars(
        select(Typebot)
        .where(
            Typebot.workspace_id == workspace_id,
            Typebot.folder_id == folder_id,
            Typebot.is_archived.is_(False),
        )
        .order_by(Typebot.created_at.desc(), Typebot.id)
    )
    return result.all()


async def get_live_version(*, db: AsyncSession, typebot: Typebot) -> PublishedVersion:
    """The version visitors chat with; ``NotFoundError`` if the bot is not published."""
    if typebot.published_version_id is None:
        raise NotFoundError("Typebot is not published")
    version = await db.get(PublishedVersion, typebot.published_version_id)
    if version is None:
        raise NotFoundError("Typebot is not published")
    return version
