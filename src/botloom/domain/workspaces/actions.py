"""Every write to workspaces and their members: create, change, delete, roles, leaving."""

from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.audit.actions import record
from botloom.domain.errors import ConflictError, InvalidInputError
from botloom.domain.results.actions import do_delete_results
from botloom.domain.workspaces.queries import count_admins
from botloom.store.files.base import FileStorage
from botloom.store.models import (
    CollaboratorOnTypebot,
    MemberInWorkspace,
    Typebot,
    User,
    Workspace,
    WorkspaceRole,
)

PERSONAL_WORKSPACE_NAME = "My workspace"
"""The name of the workspace made for a user who has none (at sign-in, or a command-line import)."""

LAST_ADMIN = "a workspace keeps at least one admin: make someone else admin first"


async def do_create_workspace(
    *, db: AsyncSession, actor: User, name: str, icon: str | None = None
) -> Workspace:
    """A new workspace with ``actor`` as its admin."""
    workspace = Workspace(name=name, icon=icon)
    db.add(workspace)
    await db.flush()
    db.add(MemberInWorkspace(user_id=actor.id, workspace_id=workspace.id, role=WorkspaceRole.ADMIN))
    record(
        db,
        actor=actor,
        workspace_id=workspace.id,
        action="workspace.create",
        target_type="workspace",
        target_id=workspace.id,
        details={"name": name},
    )
    await db.commit()
    return workspace


async def do_update_workspace(
    *, db: AsyncSession, actor: User, workspace: Workspace, changes: dict[str, Any]
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
    record(
        db,
        actor=actor,
        workspace_id=workspace.id,
        action="workspace.update",
        target_type="workspace",
        target_id=workspace.id,
        details={"fields": sorted(changes)},
    )
    await db.commit()
    return workspace


async def do_delete_workspace(
    *, db: AsyncSession, files: FileStorage, actor: User, workspace: Workspace
) -> None:
    """Delete a workspace with its bots, their results and uploaded files, its folders,
    credentials, members and invitations.

    Results go first, in the chunks of ``do_delete_results`` (short transactions, files removed
    from the storage after each); the rest cascades from the workspace row in one transaction.
    """
    workspace_id = workspace.id
    typebot_ids = list(
        await db.scalars(select(Typebot.id).where(Typebot.workspace_id == workspace_id))
    )
    for typebot_id in typebot_ids:
        await do_delete_results(db=db, files=files, typebot_id=typebot_id, result_ids=None)
    record(
        db,
        actor=actor,
        workspace_id=workspace_id,
        action="workspace.delete",
        target_type="workspace",
        target_id=workspace_id,
        details={"name": workspace.name, "typebots": len(typebot_ids)},
    )
    await db.execute(delete(Workspace).where(Workspace.id == workspace_id))
    await db.commit()


def _check_assignable(role: WorkspaceRole) -> None:
    if role == WorkspaceRole.GUEST:
        raise InvalidInputError.for_field(
            "role", "guests are made by sharing a bot (collaborators), not by role"
        )


async def do_change_member_role(
    *, db: AsyncSession, actor: User, member: MemberInWorkspace, role: WorkspaceRole
) -> MemberInWorkspace:
    """Give a member another role (admin or member); the last admin cannot be demoted."""
    _check_assignable(role)
    if member.role == WorkspaceRole.ADMIN and role != WorkspaceRole.ADMIN:
        await _check_not_last_admin(db, member.workspace_id)
    previous = member.role
    member.role = role
    # A member sees every bot of the workspace: a promoted guest's collaborations are moot.
    await _delete_collaborations(db, member.workspace_id, member.user_id)
    record(
        db,
        actor=actor,
        workspace_id=member.workspace_id,
        action="member.update",
        target_type="user",
        target_id=member.user_id,
        details={"from": previous.value, "to": role.value},
    )
    await db.commit()
    return member


async def do_remove_member(*, db: AsyncSession, actor: User, member: MemberInWorkspace) -> None:
    """Remove someone from a workspace (or let them leave), with their collaborations there;
    the last admin cannot leave."""
    if member.role == WorkspaceRole.ADMIN:
        await _check_not_last_admin(db, member.workspace_id)
    await _delete_collaborations(db, member.workspace_id, member.user_id)
    record(
        db,
        actor=actor,
        workspace_id=member.workspace_id,
        action="member.leave" if member.user_id == actor.id else "member.remove",
        target_type="user",
        target_id=member.user_id,
        details={"role": member.role.value},
    )
    await db.delete(member)
    await db.commit()


async def _check_not_last_admin(db: AsyncSession, workspace_id: str) -> None:
    if await count_admins(db=db, workspace_id=workspace_id) <= 1:
        raise ConflictError(LAST_ADMIN)


async def _delete_collaborations(db: AsyncSession, workspace_id: str, user_id: str) -> None:
    bots = select(Typebot.id).where(Typebot.workspace_id == workspace_id)
    await db.execute(
        delete(CollaboratorOnTypebot).where(
            CollaboratorOnTypebot.user_id == user_id, CollaboratorOnTypebot.typebot_id.in_(bots)
        )
    )


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
    return await do_create_workspace(db=db, actor=actor, name=PERSONAL_WORKSPACE_NAME)
