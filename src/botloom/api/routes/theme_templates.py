"""Management API for workspace themes (Typebot's ``/v1/themeTemplates``)."""

from typing import Annotated

from fastapi import Path, Query

from botloom.api.deps import CurrentUser, DbDep
from botloom.api.errors import ERROR_RESPONSES, with_conflict
from botloom.api.routing import api_router
from botloom.domain.access.queries import access_workspace
from botloom.domain.theme_templates import actions, queries
from botloom.domain.theme_templates.schemas import (
    THEME_TEMPLATE_ID,
    ThemeTemplateListResponse,
    ThemeTemplateRead,
    ThemeTemplateResponse,
    ThemeTemplateSave,
)
from botloom.store.models import ThemeTemplate, WorkspaceRole

router = api_router(prefix="/api/v1/themeTemplates", tags=["themeTemplates"])

ThemeTemplateIdPath = Annotated[
    str, Path(alias="themeTemplateId", min_length=1, max_length=64, pattern=THEME_TEMPLATE_ID)
]
WorkspaceIdQuery = Annotated[str, Query(alias="workspaceId", min_length=1, max_length=64)]


def _read(row: ThemeTemplate) -> ThemeTemplateRead:
    return ThemeTemplateRead(
        id=row.id,
        name=row.name,
        theme=row.theme,
        workspace_id=row.workspace_id,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


@router.get("", responses=ERROR_RESPONSES)
async def list_theme_templates(
    workspace_id: WorkspaceIdQuery, db: DbDep, user: CurrentUser
) -> ThemeTemplateListResponse:
    """The workspace's saved themes; anyone in the workspace may read them."""
    await access_workspace(db=db, actor=user, workspace_id=workspace_id, needed=WorkspaceRole.GUEST)
    rows = await queries.list_theme_templates(db=db, workspace_id=workspace_id)
    return ThemeTemplateListResponse(theme_templates=[_read(row) for row in rows])


@router.put("/{themeTemplateId}", responses=with_conflict("The id is another workspace's theme"))
async def save_theme_template(
    theme_template_id: ThemeTemplateIdPath,
    body: ThemeTemplateSave,
    db: DbDep,
    user: CurrentUser,
) -> ThemeTemplateResponse:
    """Create the workspace theme with this id, or replace its name and theme."""
    await access_workspace(
        db=db, actor=user, workspace_id=body.workspace_id, needed=WorkspaceRole.MEMBER
    )
    row = await actions.do_save_theme_template(
        db=db,
        actor=user,
        workspace_id=body.workspace_id,
        theme_template_id=theme_template_id,
        name=body.theme_template.name,
        theme=body.theme_template.theme.model_dump(mode="json", exclude_unset=True),
    )
    return ThemeTemplateResponse(theme_template=_read(row))


@router.delete("/{themeTemplateId}", responses=ERROR_RESPONSES)
async def delete_theme_template(
    theme_template_id: ThemeTemplateIdPath,
    workspace_id: WorkspaceIdQuery,
    db: DbDep,
    user: CurrentUser,
) -> ThemeTemplateResponse:
    """Delete a workspace theme; it is returned as it was."""
    await access_workspace(
        db=db, actor=user, workspace_id=workspace_id, needed=WorkspaceRole.MEMBER
    )
    row = await queries.get_theme_template(
        db=db, workspace_id=workspace_id, theme_template_id=theme_template_id
    )
    deleted = _read(row)
    await actions.do_delete_theme_template(db=db, actor=user, row=row)
    return ThemeTemplateResponse(theme_template=deleted)
