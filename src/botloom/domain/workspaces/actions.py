"""Creating workspaces and their first member."""

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.store.models import MemberInWorkspace, User, Workspace, WorkspaceRole


async def do_create_workspace(
    *, db: AsyncSession, actor: User, name: str, icon: str | None = None
) -> Workspace:
    """A new workspace with ``actor`` as its admin."""
    workspace = Workspace(name=name, icon=icon)
    db.add(workspace)
    await db.flush()
    db.add(MemberInWorkspace(user_id=actor.id, workspace_id=workspace.id, role=WorkspaceRole.ADMIN))
    await db.commit()
    return workspace


async def do_update_workspace(
    *, db: AsyncSession, workspace: Workspace, changes: dict[str, Any]
) -> Workspace:
    """Apply ``WorkspaceUpdate`` fields that were sent; ``settings`` keys merge into the stored
    settings (``null`` clears one)."""
    if changes.get("name") is not None:
        workspace.name = changes["name"]
    if "icon" in changes:
        workspace.icon = changes["icon"]
    settings_changes = changes.get("settings") or {}
    if settings_changes:
        workspace.settings = {**(workspace.settings or {}), **settings_changes}
    await db.commit()
    return workspace


async def get_or_create_default_workspace(*, db: AsyncSession, actor: User) -> Workspace:
    """The first workspace ``actor`` administers, created on first use (embedded setups)."""
    workspace = await db.scalar(
        select(Workspace)
        .join(MemberInWorkspace, MemberInWorkspace.workspace_id == Workspace.id)
        .where(
            MemberInWorkspace.user_id == actor.id,
            MemberInWorkspace.role == WorkspaceRole.ADMIN,
        )
        .order_by(Workspace.created_at, Workspace.id)
        .limit(1)
    )
    if workspace is not None:
        return workspace
    return await do_create_workspace(db=db, actor=actor, name="My workspace")
