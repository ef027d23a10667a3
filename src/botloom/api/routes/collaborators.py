"""Management API for a bot's collaborators (Typebot's guests), read or write access."""

from typing import Annotated

from fastapi import Path

from botloom.api.deps import CurrentUser, DbDep
from botloom.api.errors import ERROR_RESPONSES, with_conflict
from botloom.api.routing import api_router
from botloom.domain.access.queries import BotRight, access_typebot
from botloom.domain.schemas import SuccessResponse
from botloom.domain.workspaces import collaborators
from botloom.domain.workspaces.schemas import (
    CollaboratorCreate,
    CollaboratorListResponse,
    CollaboratorRead,
    CollaboratorResponse,
    CollaboratorUpdate,
    UserSummary,
)
from botloom.store.models import CollaborationType, CollaboratorOnTypebot, User

router = api_router(prefix="/api/v1/typebots/{typebotId}/collaborators", tags=["collaborators"])

TypebotIdPath = Annotated[str, Path(alias="typebotId")]
UserIdPath = Annotated[str, Path(alias="userId")]


def _read(collaborator: CollaboratorOnTypebot, user: User) -> CollaboratorRead:
    return CollaboratorRead(
        type=collaborator.type.value,
        user_id=user.id,
        typebot_id=collaborator.typebot_id,
        created_at=collaborator.created_at,
        updated_at=collaborator.updated_at,
        user=UserSummary(name=user.name, email=user.email),
    )


@router.get("", responses=ERROR_RESPONSES)
async def list_collaborators(
    typebot_id: TypebotIdPath, db: DbDep, user: CurrentUser
) -> CollaboratorListResponse:
    """Who the bot is shared with, and how."""
    await access_typebot(db=db, actor=user, typebot_id=typebot_id, needed=BotRight.READ)
    rows = await collaborators.list_collaborators(db=db, typebot_id=typebot_id)
    return CollaboratorListResponse(collaborators=[_read(c, person) for c, person in rows])


@router.post(
    "", responses=with_conflict("Already a collaborator, or a member of the bot's workspace")
)
async def add_collaborator(
    typebot_id: TypebotIdPath, body: CollaboratorCreate, db: DbDep, user: CurrentUser
) -> CollaboratorResponse:
    """Share the bot with a user by email (members and admins of its workspace)."""
    typebot, _ = await access_typebot(
        db=db, actor=user, typebot_id=typebot_id, needed=BotRight.MANAGE
    )
    collaborator, person = await collaborators.do_add_collaborator(
        db=db, actor=user, typebot=typebot, email=body.email, type_=CollaborationType(body.type)
    )
    return CollaboratorResponse(collaborator=_read(collaborator, person))


@router.patch("/{userId}", responses=ERROR_RESPONSES)
async def update_collaborator(
    typebot_id: TypebotIdPath,
    collaborator_id: UserIdPath,
    body: CollaboratorUpdate,
    db: DbDep,
    user: CurrentUser,
) -> CollaboratorResponse:
    """Give a collaborator read or write access (members and admins of the workspace)."""
    typebot, _ = await access_typebot(
        db=db, actor=user, typebot_id=typebot_id, needed=BotRight.MANAGE
    )
    collaborator = await collaborators.get_collaborator(
        db=db, typebot_id=typebot_id, user_id=collaborator_id
    )
    collaborator = await collaborators.do_change_collaborator(
        db=db,
        actor=user,
        typebot=typebot,
        collaborator=collaborator,
        type_=CollaborationType(body.type),
    )
    person = await db.get(User, collaborator.user_id)
    assert person is not None  # the collaboration's foreign key
    return CollaboratorResponse(collaborator=_read(collaborator, person))


@router.delete("/{userId}", responses=ERROR_RESPONSES)
async def delete_collaborator(
    typebot_id: TypebotIdPath, collaborator_id: UserIdPath, db: DbDep, user: CurrentUser
) -> SuccessResponse:
    """Stop sharing the bot with someone (members and admins of the workspace)."""
    typebot, _ = await access_typebot(
        db=db, actor=user, typebot_id=typebot_id, needed=BotRight.MANAGE
    )
    collaborator = await collaborators.get_collaborator(
        db=db, typebot_id=typebot_id, user_id=collaborator_id
    )
    await collaborators.do_remove_collaborator(
        db=db, actor=user, typebot=typebot, collaborator=collaborator
    )
    return SuccessResponse()
