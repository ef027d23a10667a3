"""Reading workspace themes; the caller checks the workspace role first."""

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.errors import NotFoundError
from botloom.store.models import ThemeTemplate


async def list_theme_templates(*, db: AsyncSession, workspace_id: str) -> Sequence[ThemeTemplate]:
    """The workspace's themes, the most recently saved first."""
    result = await db.scalars(
        select(ThemeTemplate)
        .where(ThemeTemplate.workspace_id == workspace_id)
        .order_by(ThemeTemplate.updated_at.desc(), ThemeTemplate.id)
    )
    return result.all()


async def get_theme_template(
    *, db: AsyncSession, workspace_id: str, theme_template_id: str
) -> ThemeTemplate:
    """The theme ``theme_template_id`` of the workspace; another workspace's is not found."""
    row = await db.get(ThemeTemplate, theme_template_id)
    if row is None or row.workspace_id != workspace_id:
        raise NotFoundError("Theme template not found")
    return row
