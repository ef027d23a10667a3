"""Reading workspaces and their people, always through the caller's membership."""

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.errors import NotFoundError
from botloom.store.models import (
    MemberInWorkspace,
    User,
    Workspace,
    WorkspaceInvitation,
    WorkspaceRole,
)


async def list_workspaces(*, db: AsyncSession, actor: User) -> Sequence[Workspace]:
    """The workspaces ``actor`` is a member (or guest) of, oldest first."""
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


async def list_members(
    *, db: AsyncSession, workspace_id: str
) -> Sequence[tuple[MemberInWorkspace, User]]:
    """The workspace's members with their users, admins first, then by joining date."""
    rows = await db.execute(
        select(MemberInWorkspace, User)
        .join(User, User.id == MemberInWorkspace.user_id)
        .where(MemberInWorkspace.workspace_id == workspace_id)
        .order_by(MemberInWorkspace.created_at, User.email)
    )
    return [(member, user) for member, user in rows.all()]


async def get_member(*, db: AsyncSession, workspace_id: str, user_id: str) -> MemberInWorkspace:
    """One membership; ``NotFoundError`` naming the user when there is none."""
    member = await db.get(MemberInWorkspace, (user_id, workspace_id))
    if member is None:
        raise NotFoundError("userId: not a member of this workspace")
    return member


async def count_admins(*, db: AsyncSession, workspace_id: str) -> int:
    """How many admins the workspace has."""
    count = await db.scalar(
        select(func.count())
        .select_from(MemberInWorkspace)
        .where(
            MemberInWorkspace.workspace_id == workspace_id,
            MemberInWorkspace.role == WorkspaceRole.ADMIN,
        )
    )
    return count or 0


async def list_invitations(*, db: AsyncSession, workspace_id: str) -> Sequence[WorkspaceInvitation]:
    """The workspace's pending invitations, oldest first."""
    result = await db.scalars(
        select(WorkspaceInvitation)
        .where(WorkspaceInvitation.workspace_id == workspace_id)
        .order_by(WorkspaceInvitation.created_at, WorkspaceInvitation.id)
    )
    return result.all()
