"""Per-bot collaborators (Typebot's guests): people outside the workspace given one bot.

Sharing a bot with someone who is not in its workspace makes them a guest of it, so the
workspace shows in their list; taking back their last bot there removes the guest.
"""

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.audit.actions import record
from botloom.domain.auth.queries import normalize_email
from botloom.domain.errors import ConflictError, InvalidInputError, NotFoundError
from botloom.store.models import (
    CollaborationType,
    CollaboratorOnTypebot,
    MemberInWorkspace,
    Typebot,
    User,
    WorkspaceRole,
)


async def list_collaborators(
    *, db: AsyncSession, typebot_id: str
) -> Sequence[tuple[CollaboratorOnTypebot, User]]:
    """The bot's collaborators with their users, in the order they were added."""
    rows = await db.execute(
        select(CollaboratorOnTypebot, User)
        .join(User, User.id == CollaboratorOnTypebot.user_id)
        .where(CollaboratorOnTypebot.typebot_id == typebot_id)
        .order_by(CollaboratorOnTypebot.created_at, User.email)
    )
    return [(collaborator, user) for collaborator, user in rows.all()]


async def get_collaborator(
    *, db: AsyncSession, typebot_id: str, user_id: str
) -> CollaboratorOnTypebot:
    """One collaboration; ``NotFoundError`` naming the user when there is none."""
    row = await db.get(CollaboratorOnTypebot, (typebot_id, user_id))
    if row is None:
        raise NotFoundError("userId: not a collaborator of this bot")
    return row


def _audit(
    db: AsyncSession, actor: User, typebot: Typebot, action: str, user_id: str, **details: str
) -> None:
    record(
        db,
        actor=actor,
        workspace_id=typebot.workspace_id,
        action=action,
        target_type="typebot",
        target_id=typebot.id,
        details={"userId": user_id, **details},
    )


async def do_add_collaborator(
    *, db: AsyncSession, actor: User, typebot: Typebot, email: str, type_: CollaborationType
) -> tuple[CollaboratorOnTypebot, User]:
    """Share the bot with the user of ``email``, who becomes a guest of its workspace."""
    user = await db.scalar(select(User).where(User.email == normalize_email(email)))
    if user is None:
        raise InvalidInputError.for_field("email", "no user has this email yet")
    member = await db.get(MemberInWorkspace, (user.id, typebot.workspace_id))
    if member is not None and member.role != WorkspaceRole.GUEST:
        raise ConflictError("email: a member of the workspace already sees every bot of it")
    if await db.get(CollaboratorOnTypebot, (typebot.id, user.id)) is not None:
        raise ConflictError("email: already a collaborator of this bot")
    if member is None:
        db.add(
            MemberInWorkspace(
                user_id=user.id, workspace_id=typebot.workspace_id, role=WorkspaceRole.GUEST
            )
        )
    collaborator = CollaboratorOnTypebot(typebot_id=typebot.id, user_id=user.id, type=type_)
    db.add(collaborator)
    _audit(db, actor, typebot, "collaborator.add", user.id, type=type_.value)
    await db.commit()
    return collaborator, user


async def do_change_collaborator(
    *,
    db: AsyncSession,
    actor: User,
    typebot: Typebot,
    collaborator: CollaboratorOnTypebot,
    type_: CollaborationType,
) -> CollaboratorOnTypebot:
    """Give a collaborator read or write access."""
    collaborator.type = type_
    _audit(db, actor, typebot, "collaborator.update", collaborator.user_id, type=type_.value)
    await db.commit()
    return collaborator


async def do_remove_collaborator(
    *, db: AsyncSession, actor: User, typebot: Typebot, collaborator: CollaboratorOnTypebot
) -> None:
    """Stop sharing the bot; a guest left with no bot of the workspace leaves it."""
    user_id = collaborator.user_id
    await db.delete(collaborator)
    await db.flush()
    remaining = await db.scalar(
        select(func.count())
        .select_from(CollaboratorOnTypebot)
        .join(Typebot, Typebot.id == CollaboratorOnTypebot.typebot_id)
        .where(
            CollaboratorOnTypebot.user_id == user_id,
            Typebot.workspace_id == typebot.workspace_id,
        )
    )
    member = await db.get(MemberInWorkspace, (user_id, typebot.workspace_id))
    if not remaining and member is not None and member.role == WorkspaceRole.GUEST:
        await db.delete(member)
    _audit(db, actor, typebot, "collaborator.remove", user_id)
    await db.commit()
