"""Reading bots; who may read which is decided by ``botloom.domain.access``."""

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.access.queries import BotRight, access_typebot, collaboration_right
from botloom.domain.errors import ForbiddenError, NotFoundError
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


def linked_typebot_ids(content: Mapping[str, Any]) -> list[str]:
    """Ids of the other bots a document's typebot-link blocks go to, first link first.

    ``current`` (a jump into the bot itself) and variable references are not other bots.
    """
    seen: dict[str, None] = {}
    for block in _blocks(content):
        if block.get("type") != "Typebot link":
            continue
        options = block.get("options")
        target = options.get("typebotId") if isinstance(options, Mapping) else None
        if isinstance(target, str) and target and target != "current" and "{{" not in target:
            seen.setdefault(target, None)
    return list(seen)


def _blocks(content: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    for group in content.get("groups") or []:
        if isinstance(group, Mapping):
            yield from (b for b in group.get("blocks") or [] if isinstance(b, Mapping))


async def linked_typebots(*, db: AsyncSession, actor: User, typebot: Typebot) -> list[Typebot]:
    """The bots ``typebot`` links to that the caller may read; the others are left out, as if
    they did not exist, so that a link leaks nothing of another workspace."""
    linked: list[Typebot] = []
    for typebot_id in linked_typebot_ids(typebot.content):
        try:
            target, _ = await access_typebot(
                db=db, actor=actor, typebot_id=typebot_id, needed=BotRight.READ
            )
        except (NotFoundError, ForbiddenError):
            continue
        linked.append(target)
    return linked
