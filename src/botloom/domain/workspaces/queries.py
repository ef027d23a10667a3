"""Reading workspaces, always through the caller's membership."""

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.errors import ForbiddenError, NotFoundError
from botloom.store.models import MemberInWorkspace, User, Workspace, WorkspaceRole

_RANK = {WorkspaceRole.GUEST: 0, WorkspaceRole.MEMBER: 1, WorkspaceRole.ADMIN: 2}


def check_role(role: WorkspaceRole, needed: WorkspaceRole) -> None:
    """Raise ``ForbiddenError`` unless ``role`` is at least ``needed``."""
    if _RANK[role] < _RANK[needed]:
        raise ForbiddenError(f"This needs the {needed.value.lower()} role in the workspace")


async def access_workspace(
    *, db: AsyncSession, actor: User, workspace_id: str, needed: WorkspaceRole
) -> Workspace:
    """The workspace if ``actor`` is a member with at least ``needed``.

    A non-member gets ``NotFoundError``, exactly as for a workspace that does not exist.
    """
    row = (
        await db.execute(
            select(Workspace, MemberInWorkspace.role)
            .join(MemberInWorkspace, MemberInWorkspace.workspace_id == Workspace.id)
            .where(Workspace.id == workspace_id, MemberInWorkspace.user_id == actor.id)
        )
    ).first()
    if row is None:
        raise NotFoundError("Workspace not found")
    workspace, role = row
    check_role(role, needed)
    return workspace


async def list_workspaces(*, db: AsyncSession, actor: User) -> Sequence[Workspace]:
    """The workspaces ``actor`` is a member of, oldest first."""
    result = await db.scalars(
        select(Workspace)
        .join(MemberInWorkspace, MemberInWorkspace.workspace_id == Workspace.id)
        .where(MemberInWorkspace.user_id == actor.id)
        .order_by(Workspace.created_at, Workspace.id)
    )
    return result.all()


async def resolve_workspace_id(*, db: AsyncSession, actor: User, workspace_id: str | None) -> str:
    """``workspace_id`` if given, else the caller's oldest workspace (their only one, for most
    callers); ``NotFoundError`` naming ``workspaceId`` when they belong to none."""
    if workspace_id is not None:
        return workspace_id
    workspaces = await list_workspaces(db=db, actor=actor)
    if not workspaces:
        raise NotFoundError("workspaceId: you are a member of no workspace")
    return workspaces[0].id
