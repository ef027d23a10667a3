"""Reading bots; who may read which is decided by ``botloom.domain.access``."""

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.access.queries import BotRight, collaboration_right
from botloom.domain.errors import NotFoundError
from botloom.store.models import (
    CollaboratorOnTypebot,
    PublishedVersion,
    Typebot,
    User,
    WorkspaceRole,
)


async def list_typebots(
    *,
    db: AsyncSession,
    actor: User,
    role: WorkspaceRole,
    workspace_id: str,
    folder_id: str | None,
) -> Sequence[tuple[Typebot, BotRight]]:
    """The bots the caller sees, newest first, with their right on each: for members and
    admins those of a folder (top level when ``folder_id`` is ``None``), for a guest every bot
    of the workspace shared with them."""
    query = select(Typebot).where(
        Typebot.workspace_id == workspace_id, Typebot.is_archived.is_(False)
    )
    order = (Typebot.created_at.desc(), Typebot.id)
    if role != WorkspaceRole.GUEST:
        rows = await db.scalars(query.where(Typebot.folder_id == folder_id).order_by(*order))
        return [(typebot, BotRight.MANAGE) for typebot in rows]
    shared = await db.execute(
        query.add_columns(CollaboratorOnTypebot.type)
        .join(CollaboratorOnTypebot, CollaboratorOnTypebot.typebot_id == Typebot.id)
        .where(CollaboratorOnTypebot.user_id == actor.id)
        .order_by(*order)
    )
    return [(typebot, collaboration_right(kind)) for typebot, kind in shared.all()]


async def get_live_version(*, db: AsyncSession, typebot: Typebot) -> PublishedVersion:
    """The version visitors chat with; ``NotFoundError`` if the bot is not published."""
    if typebot.published_version_id is None:
        raise NotFoundError("Typebot is not published")
    version = await db.get(PublishedVersion, typebot.published_version_id)
    if version is None:
        raise NotFoundError("Typebot is not published")
    return version
