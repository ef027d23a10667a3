"""Saving and deleting workspace themes (the caller checks the workspace role first)."""

from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.audit.actions import record_change
from botloom.domain.errors import ConflictError
from botloom.store.models import ThemeTemplate, User


def _audit(db: AsyncSession, actor: User, row: ThemeTemplate, action: str) -> None:
    record_change(db, actor=actor, target_type="themeTemplate", target=row, action=action)


async def do_save_theme_template(
    *,
    db: AsyncSession,
    actor: User,
    workspace_id: str,
    theme_template_id: str,
    name: str,
    theme: dict[str, Any],
) -> ThemeTemplate:
    """Create the theme ``theme_template_id`` in the workspace, or replace its name and theme.

    The id is the client's (Typebot's builder makes it); one taken by another workspace is
    refused rather than moved, so a workspace never changes another's theme.
    """
    row = await db.get(ThemeTemplate, theme_template_id)
    if row is not None and row.workspace_id != workspace_id:
        raise ConflictError("themeTemplateId: this id is taken")
    action = "update"
    if row is None:
        row = ThemeTemplate(id=theme_template_id, workspace_id=workspace_id)
        db.add(row)
        action = "create"
    row.name = name.strip()
    row.theme = theme
    try:
        await db.flush()
        _audit(db, actor, row, action)
        await db.commit()
    except IntegrityError:
        # Two saves creating the same id at once: the first wins.
        await db.rollback()
        raise ConflictError("themeTemplateId: this id is taken") from None
    await db.refresh(row)
    return row


async def do_delete_theme_template(*, db: AsyncSession, actor: User, row: ThemeTemplate) -> None:
    """Delete a workspace theme; bots that applied it keep their copy of the theme."""
    _audit(db, actor, row, "delete")
    await db.delete(row)
    await db.commit()
