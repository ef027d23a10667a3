"""Management API for bots, following Typebot's builder OpenAPI."""

from datetime import datetime
from typing import Annotated, Any

from fastapi import Path, Query

from botloom.api.deps import CurrentUser, DbDep, FileStorageDep
from botloom.api.errors import ERROR_RESPONSES, with_conflict
from botloom.api.routing import api_router
from botloom.domain.access.queries import (
    BotRight,
    access_folder,
    access_typebot,
    access_workspace,
    access_workspace_role,
)
from botloom.domain.bots import actions, queries
from botloom.domain.bots.documents import published_document, typebot_document
from botloom.domain.bots.schemas import (
    AccessRight,
    DocumentWarning,
    LinkedTypebot,
    LinkedTypebotsResponse,
    PublishedTypebotResponse,
    TypebotCreate,
    TypebotImport,
    TypebotImportResponse,
    TypebotListResponse,
    TypebotResponse,
    TypebotSummary,
    TypebotUpdate,
    TypebotWithModeResponse,
)
from botloom.domain.errors import InvalidInputError, NotFoundError
from botloom.domain.schemas import SuccessResponse
from botloom.domain.workspaces.queries import resolve_workspace_id
from botloom.store.models import WorkspaceRole

TypebotIdPath = Annotated[str, Path(alias="typebotId")]

router = api_router(prefix="/api/v1/typebots", tags=["typebots"])


def _mode(right: BotRight) -> AccessRight:
    return "read" if right == BotRight.READ else "write"


@router.get("", responses=ERROR_RESPONSES)
async def list_typebots(
    db: DbDep,
    user: CurrentUser,
    workspace_id: str | None = Query(
        default=None,
        alias="workspaceId",
        description="Default: the caller's oldest workspace (their only one, usually)",
    ),
    folder_id: str | None = Query(default=None, alias="folderId"),
) -> TypebotListResponse:
    """Bots of a workspace, in one folder (top level without ``folderId``)."""
    workspace_id = await resolve_workspace_id(db=db, actor=user, workspace_id=workspace_id)
    _, role = await access_workspace_role(
        db=db, actor=user, workspace_id=workspace_id, needed=WorkspaceRole.GUEST
    )
    if folder_id:
        folder = await access_folder(
            db=db, actor=user, folder_id=folder_id, needed=WorkspaceRole.MEMBER
        )
        if folder.workspace_id != workspace_id:
            raise NotFoundError("Folder not found")
    rows = await queries.list_typebots(
        db=db, actor=user, role=role, workspace_id=workspace_id, folder_id=folder_id
    )
    return TypebotListResponse(
        typebots=[
            TypebotSummary(
                id=t.id,
                name=t.name,
                icon=t.icon,
                created_at=t.created_at,
                published_typebot_id=t.published_version_id,
                access_right=_mode(right),
            )
            for t, right in rows
        ]
    )


@router.post("", responses=with_conflict("The public id or custom domain is another bot's"))
async def create_typebot(body: TypebotCreate, db: DbDep, user: CurrentUser) -> TypebotResponse:
    """Create a bot, empty or from a partial current-version document."""
    await access_workspace(
        db=db, actor=user, workspace_id=body.workspace_id, needed=WorkspaceRole.MEMBER
    )
    typebot = await actions.do_create_typebot(
        db=db, actor=user, workspace_id=body.workspace_id, raw=body.typebot
    )
    return TypebotResponse(typebot=typebot_document(typebot))


@router.post("/import", responses=with_conflict("The id is a bot of another workspace"))
async def import_typebot(
    body: TypebotImport, db: DbDep, user: CurrentUser
) -> TypebotImportResponse:
    """Import a Typebot export of any version as a new bot, or over the draft of ``typebotId``."""
    await access_workspace(
        db=db, actor=user, workspace_id=body.workspace_id, needed=WorkspaceRole.MEMBER
    )
    if body.typebot_id is not None:
        target, _ = await access_typebot(
            db=db, actor=user, typebot_id=body.typebot_id, needed=BotRight.WRITE
        )
        if target.workspace_id != body.workspace_id:
            raise InvalidInputError.for_field("typebotId", "is a bot of another workspace")
    outcome = await actions.do_import_typebot(
        db=db,
        actor=user,
        workspace_id=body.workspace_id,
        raw=body.typebot,
        typebot_id=body.typebot_id,
        folder_id=body.folder_id,
    )
    alerts = [outcome.dead_start] if outcome.dead_start else []
    return TypebotImportResponse(
        typebot=typebot_document(outcome.typebot),
        warnings=[
            DocumentWarning(path=w.path, message=w.message) for w in [*outcome.warnings, *alerts]
        ],
    )


@router.get("/{typebotId}", responses=ERROR_RESPONSES)
async def get_typebot(
    typebot_id: TypebotIdPath, db: DbDep, user: CurrentUser
) -> TypebotWithModeResponse:
    """One bot's draft."""
    typebot, right = await access_typebot(
        db=db, actor=user, typebot_id=typebot_id, needed=BotRight.READ
    )
    return TypebotWithModeResponse(
        typebot=typebot_document(typebot), current_user_mode=_mode(right)
    )


def _seen_updated_at(changes: dict[str, Any]) -> datetime | None:
    value = changes.pop("updatedAt", None)
    if value is None:
        return None
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        raise InvalidInputError.for_field("typebot.updatedAt", "not an ISO 8601 date") from None


@router.patch(
    "/{typebotId}",
    responses=with_conflict("Stale updatedAt, or the public id or custom domain is taken"),
)
async def update_typebot(
    typebot_id: TypebotIdPath,
    body: TypebotUpdate,
    db: DbDep,
    user: CurrentUser,
) -> TypebotResponse:
    """Change a draft. A stale ``typebot.updatedAt`` gets 409 unless ``overwrite`` is true."""
    typebot, _ = await access_typebot(
        db=db, actor=user, typebot_id=typebot_id, needed=BotRight.WRITE
    )
    changes = dict(body.typebot)
    seen = _seen_updated_at(changes)
    updated = await actions.do_update_typebot(
        db=db,
        actor=user,
        typebot=typebot,
        changes=changes,
        seen_updated_at=seen,
        overwrite=body.overwrite,
    )
    return TypebotResponse(typebot=typebot_document(updated))


@router.delete("/{typebotId}", responses=ERROR_RESPONSES)
async def delete_typebot(
    typebot_id: TypebotIdPath, db: DbDep, user: CurrentUser, files: FileStorageDep
) -> SuccessResponse:
    """Delete a bot, its published versions, its results and their files (workspace members)."""
    typebot, _ = await access_typebot(
        db=db, actor=user, typebot_id=typebot_id, needed=BotRight.MANAGE
    )
    await actions.do_delete_typebot(db=db, files=files, actor=user, typebot=typebot)
    return SuccessResponse()


@router.post("/{typebotId}/publish", responses=with_conflict("The new public id is taken"))
async def publish_typebot(
    typebot_id: TypebotIdPath, db: DbDep, user: CurrentUser
) -> SuccessResponse:
    """Publish the draft as a new version."""
    typebot, _ = await access_typebot(
        db=db, actor=user, typebot_id=typebot_id, needed=BotRight.WRITE
    )
    await actions.do_publish_typebot(db=db, actor=user, typebot=typebot)
    return SuccessResponse()


@router.post("/{typebotId}/unpublish", responses=ERROR_RESPONSES)
async def unpublish_typebot(
    typebot_id: TypebotIdPath, db: DbDep, user: CurrentUser
) -> SuccessResponse:
    """Take the bot offline; its versions are kept."""
    typebot, _ = await access_typebot(
        db=db, actor=user, typebot_id=typebot_id, needed=BotRight.WRITE
    )
    await actions.do_unpublish_typebot(db=db, actor=user, typebot=typebot)
    return SuccessResponse()


@router.get("/{typebotId}/publishedTypebot", responses=ERROR_RESPONSES)
async def get_published_typebot(
    typebot_id: TypebotIdPath,
    db: DbDep,
    user: CurrentUser,
) -> PublishedTypebotResponse:
    """The live version, or ``null`` when the bot is not published."""
    typebot, _ = await access_typebot(
        db=db, actor=user, typebot_id=typebot_id, needed=BotRight.READ
    )
    if typebot.published_version_id is None:
        return PublishedTypebotResponse(published_typebot=None)
    version = await queries.get_live_version(db=db, typebot=typebot)
    return PublishedTypebotResponse(published_typebot=published_document(version))


@router.get("/{typebotId}/linkedTypebots", responses=ERROR_RESPONSES)
async def get_linked_typebots(
    typebot_id: TypebotIdPath, db: DbDep, user: CurrentUser
) -> LinkedTypebotsResponse:
    """The bots this bot's typebot-link blocks go to, among those the caller may read."""
    typebot, _ = await access_typebot(
        db=db, actor=user, typebot_id=typebot_id, needed=BotRight.READ
    )
    linked = await queries.linked_typebots(db=db, actor=user, typebot=typebot)
    return LinkedTypebotsResponse(
        typebots=[
            LinkedTypebot(
                id=target.id,
                name=target.name,
                version=target.content.get("version"),
                groups=target.content.get("groups") or [],
                variables=target.content.get("variables") or [],
            )
            for target in linked
        ]
    )
