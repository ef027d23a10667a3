"""Invitations by email: an existing user joins at once, anyone else when they sign up.

A pending invitation is accepted inside ``get_or_create_user``'s creation path
(:func:`accept_pending_invitations`), so a user is never created without the workspaces they
were invited to; the sign-up lock asks :func:`has_pending_invitation`.
"""

import logging
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.audit.actions import record
from botloom.domain.auth.mail import mail_or_print
from botloom.domain.auth.queries import find_user, normalize_email
from botloom.domain.errors import ConflictError, NotFoundError
from botloom.settings import Settings
from botloom.store.models import (
    MemberInWorkspace,
    User,
    Workspace,
    WorkspaceInvitation,
    WorkspaceRole,
)

logger = logging.getLogger(__name__)


async def has_pending_invitation(*, db: AsyncSession, email: str) -> bool:
    """Whether some workspace waits for this email to sign up."""
    found = await db.scalar(
        select(WorkspaceInvitation.id)
        .where(WorkspaceInvitation.email == normalize_email(email))
        .limit(1)
    )
    return found is not None


@dataclass
class InvitationOutcome:
    """Either the new membership (the email's user existed) or the pending invitation."""

    member: MemberInWorkspace | None = None
    user: User | None = None
    invitation: WorkspaceInvitation | None = None


async def do_invite(
    *, db: AsyncSession, actor: User, workspace: Workspace, email: str, role: WorkspaceRole
) -> InvitationOutcome:
    """Invite ``email`` into the workspace with ``role`` (admin or member).

    A user with this email becomes a member at once (a guest is promoted); otherwise the
    invitation waits for them, and inviting the same email again changes its role.
    """
    email = normalize_email(email)
    user = await find_user(db=db, email=email)
    if user is not None:
        member = await _join(db, actor=actor, workspace_id=workspace.id, user=user, role=role)
        await db.commit()
        return InvitationOutcome(member=member, user=user)
    invitation = await db.scalar(
        select(WorkspaceInvitation).where(
            WorkspaceInvitation.workspace_id == workspace.id, WorkspaceInvitation.email == email
        )
    )
    if invitation is None:
        invitation = WorkspaceInvitation(
            workspace_id=workspace.id, email=email, role=role, invited_by_id=actor.id
        )
        db.add(invitation)
    invitation.role = role
    await db.flush()
    record(
        db,
        actor=actor,
        workspace_id=workspace.id,
        action="invitation.create",
        target_type="invitation",
        target_id=invitation.id,
        details={"email": email, "role": role.value},
    )
    await db.commit()
    return InvitationOutcome(invitation=invitation)


async def _join(
    db: AsyncSession, *, actor: User | None, workspace_id: str, user: User, role: WorkspaceRole
) -> MemberInWorkspace:
    member = await db.get(MemberInWorkspace, (user.id, workspace_id))
    if member is not None and member.role != WorkspaceRole.GUEST:
        raise ConflictError("email: already a member of this workspace")
    if member is None:
        member = MemberInWorkspace(user_id=user.id, workspace_id=workspace_id, role=role)
        db.add(member)
    member.role = role
    record(
        db,
        actor=actor or user,
        workspace_id=workspace_id,
        action="member.add",
        target_type="user",
        target_id=user.id,
        details={"email": user.email, "role": role.value},
    )
    await db.flush()
    return member


async def send_invitation_mail(
    *, settings: Settings, workspace_name: str, email: str, joined: bool, sign_in_url: str
) -> None:
    """Tell the invited email: it joined at once (it had an account), or joins when it signs
    in with this address. Printed to the console when the server has no SMTP."""
    if joined:
        text = f"You were added to the workspace {workspace_name} on Botloom: {sign_in_url}"
    else:
        text = (
            f"You are invited to the workspace {workspace_name} on Botloom. Sign in with this "
            f"email address to join: {sign_in_url}"
        )
    await mail_or_print(
        settings=settings,
        to=email,
        subject=f"Botloom: the workspace {workspace_name}",
        text=text,
        printed=f"Invitation for {email} to the workspace {workspace_name}: {sign_in_url}",
    )


async def do_delete_invitation(
    *, db: AsyncSession, actor: User, workspace_id: str, invitation_id: str
) -> None:
    """Withdraw a pending invitation; ``NotFoundError`` if the workspace has no such one."""
    invitation = await db.get(WorkspaceInvitation, invitation_id)
    if invitation is None or invitation.workspace_id != workspace_id:
        raise NotFoundError("Invitation not found")
    record(
        db,
        actor=actor,
        workspace_id=workspace_id,
        action="invitation.delete",
        target_type="invitation",
        target_id=invitation_id,
        details={"email": invitation.email},
    )
    await db.delete(invitation)
    await db.commit()


async def accept_pending_invitations(*, db: AsyncSession, user: User) -> None:
    """Make a just-created user a member of every workspace that invited their email, in the
    caller's transaction (no commit)."""
    invitations = list(
        await db.scalars(select(WorkspaceInvitation).where(WorkspaceInvitation.email == user.email))
    )
    for invitation in invitations:
        await _join(
            db, actor=None, workspace_id=invitation.workspace_id, user=user, role=invitation.role
        )
    if invitations:
        await db.execute(delete(WorkspaceInvitation).where(WorkspaceInvitation.email == user.email))
