"""Management API for workspaces, their members, invitations and audit log."""

from typing import Annotated

from fastapi import BackgroundTasks, Path, Query, Request

from botloom.api.deps import CurrentUser, DbDep, FileStorageDep, SettingsDep
from botloom.api.errors import ERROR_RESPONSES, with_conflict
from botloom.api.routing import api_router
from botloom.api.web_session import public_base_url
from botloom.domain.access.queries import access_workspace, access_workspace_role
from botloom.domain.audit.queries import read_audit_log
from botloom.domain.audit.schemas import AuditLogPage
from botloom.domain.auth.queries import normalize_email
from botloom.domain.errors import ForbiddenError
from botloom.domain.schemas import SuccessResponse
from botloom.domain.workspaces import actions, invitations, queries
from botloom.domain.workspaces.schemas import (
    InvitationCreate,
    InvitationCreated,
    InvitationListResponse,
    InvitationRead,
    MemberListResponse,
    MemberRead,
    MemberResponse,
    MemberUpdate,
    UserSummary,
    WorkspaceCreate,
    WorkspaceDeleted,
    WorkspaceListResponse,
    WorkspaceRead,
    WorkspaceResponse,
    WorkspaceSummary,
    WorkspaceUpdate,
)
from botloom.store.models import (
    MemberInWorkspace,
    User,
    Workspace,
    WorkspaceInvitation,
    WorkspaceRole,
)

router = api_router(prefix="/api/v1/workspaces", tags=["workspaces"])

WorkspaceIdPath = Annotated[str, Path(alias="workspaceId")]
UserIdPath = Annotated[str, Path(alias="userId")]
InvitationIdPath = Annotated[str, Path(alias="invitationId")]
LAST_ADMIN_RESPONSES = with_conflict("The workspace's last admin cannot leave or be demoted")


def _read(workspace: Workspace) -> WorkspaceRead:
    return WorkspaceRead(
        id=workspace.id,
        name=workspace.name,
        icon=workspace.icon,
        created_at=workspace.created_at,
        updated_at=workspace.updated_at,
        settings=workspace.settings,
        is_suspended=workspace.is_suspended,
    )


def _member(member: MemberInWorkspace, user: User) -> MemberRead:
    return MemberRead(
        workspace_id=member.workspace_id,
        user_id=user.id,
        user=UserSummary(name=user.name, email=user.email),
        role=member.role.value,
    )


def _invitation(invitation: WorkspaceInvitation) -> InvitationRead:
    return InvitationRead(
        id=invitation.id,
        created_at=invitation.created_at,
        updated_at=invitation.updated_at,
        email=invitation.email,
        type=invitation.role.value,
    )


@router.get("", responses=ERROR_RESPONSES)
async def list_workspaces(db: DbDep, user: CurrentUser) -> WorkspaceListResponse:
    """The workspaces the caller is a member (or a guest) of: pass one's id as ``workspaceId``
    to the other routes to work in it."""
    rows = await queries.list_workspaces(db=db, actor=user)
    return WorkspaceListResponse(
        workspaces=[WorkspaceSummary(id=w.id, name=w.name, icon=w.icon) for w in rows]
    )


@router.post("", responses=ERROR_RESPONSES)
async def create_workspace(
    body: WorkspaceCreate, db: DbDep, user: CurrentUser
) -> WorkspaceResponse:
    """A new workspace, with the caller as its admin."""
    workspace = await actions.do_create_workspace(db=db, actor=user, name=body.name, icon=body.icon)
    return WorkspaceResponse(workspace=_read(workspace))


@router.get("/{workspaceId}", responses=ERROR_RESPONSES)
async def get_workspace(
    workspace_id: WorkspaceIdPath, db: DbDep, user: CurrentUser
) -> WorkspaceResponse:
    """One workspace of the caller's."""
    workspace = await access_workspace(
        db=db, actor=user, workspace_id=workspace_id, needed=WorkspaceRole.GUEST
    )
    return WorkspaceResponse(workspace=_read(workspace))


@router.patch("/{workspaceId}", responses=ERROR_RESPONSES)
async def update_workspace(
    workspace_id: WorkspaceIdPath, body: WorkspaceUpdate, db: DbDep, user: CurrentUser
) -> WorkspaceResponse:
    """Rename a workspace, change its icon or its settings (admins only)."""
    workspace = await access_workspace(
        db=db, actor=user, workspace_id=workspace_id, needed=WorkspaceRole.ADMIN
    )
    changes = body.model_dump(by_alias=True, exclude_unset=True)
    workspace = await actions.do_update_workspace(
        db=db, actor=user, workspace=workspace, changes=changes
    )
    return WorkspaceResponse(workspace=_read(workspace))


@router.delete("/{workspaceId}", responses=ERROR_RESPONSES)
async def delete_workspace(
    workspace_id: WorkspaceIdPath, db: DbDep, user: CurrentUser, files: FileStorageDep
) -> WorkspaceDeleted:
    """Delete a workspace with its bots, results, uploaded files, folders and credentials
    (admins only)."""
    workspace = await access_workspace(
        db=db, actor=user, workspace_id=workspace_id, needed=WorkspaceRole.ADMIN
    )
    await actions.do_delete_workspace(db=db, files=files, actor=user, workspace=workspace)
    return WorkspaceDeleted()


@router.get("/{workspaceId}/members", responses=ERROR_RESPONSES)
async def list_members(
    workspace_id: WorkspaceIdPath, db: DbDep, user: CurrentUser
) -> MemberListResponse:
    """The workspace's members and guests with their roles (members and admins)."""
    await access_workspace(
        db=db, actor=user, workspace_id=workspace_id, needed=WorkspaceRole.MEMBER
    )
    rows = await queries.list_members(db=db, workspace_id=workspace_id)
    return MemberListResponse(members=[_member(member, person) for member, person in rows])


@router.patch("/{workspaceId}/members/{userId}", responses=LAST_ADMIN_RESPONSES)
async def update_member(
    workspace_id: WorkspaceIdPath,
    member_id: UserIdPath,
    body: MemberUpdate,
    db: DbDep,
    user: CurrentUser,
) -> MemberResponse:
    """Make a member an admin or a member (admins only)."""
    await access_workspace(db=db, actor=user, workspace_id=workspace_id, needed=WorkspaceRole.ADMIN)
    member = await queries.get_member(db=db, workspace_id=workspace_id, user_id=member_id)
    member = await actions.do_change_member_role(
        db=db, actor=user, member=member, role=WorkspaceRole(body.role)
    )
    person = await db.get(User, member.user_id)
    assert person is not None  # the membership's foreign key
    return MemberResponse(member=_member(member, person))


@router.delete("/{workspaceId}/members/{userId}", responses=LAST_ADMIN_RESPONSES)
async def delete_member(
    workspace_id: WorkspaceIdPath, member_id: UserIdPath, db: DbDep, user: CurrentUser
) -> SuccessResponse:
    """Remove someone from the workspace (admins), or leave it (anyone, for themselves)."""
    _, role = await access_workspace_role(
        db=db, actor=user, workspace_id=workspace_id, needed=WorkspaceRole.GUEST
    )
    if member_id != user.id and role != WorkspaceRole.ADMIN:
        raise ForbiddenError("Only admins remove other people from a workspace")
    member = await queries.get_member(db=db, workspace_id=workspace_id, user_id=member_id)
    await actions.do_remove_member(db=db, actor=user, member=member)
    return SuccessResponse()


@router.get("/{workspaceId}/invitations", responses=ERROR_RESPONSES)
async def list_invitations(
    workspace_id: WorkspaceIdPath, db: DbDep, user: CurrentUser
) -> InvitationListResponse:
    """Invitations waiting for their email's user to sign up (admins only)."""
    await access_workspace(db=db, actor=user, workspace_id=workspace_id, needed=WorkspaceRole.ADMIN)
    rows = await queries.list_invitations(db=db, workspace_id=workspace_id)
    return InvitationListResponse(invitations=[_invitation(row) for row in rows])


@router.post("/{workspaceId}/invitations", responses=with_conflict("The email is already a member"))
async def create_invitation(
    workspace_id: WorkspaceIdPath,
    body: InvitationCreate,
    db: DbDep,
    user: CurrentUser,
    request: Request,
    settings: SettingsDep,
    background: BackgroundTasks,
) -> InvitationCreated:
    """Invite an email (admins only): its user, if any, becomes a member at once; anyone else
    joins when they sign up with it. Either way the email is told (after the answer)."""
    workspace = await access_workspace(
        db=db, actor=user, workspace_id=workspace_id, needed=WorkspaceRole.ADMIN
    )
    outcome = await invitations.do_invite(
        db=db, actor=user, workspace=workspace, email=body.email, role=WorkspaceRole(body.type)
    )
    background.add_task(
        invitations.send_invitation_mail,
        settings=settings,
        workspace_name=workspace.name,
        email=normalize_email(body.email),
        joined=outcome.member is not None,
        sign_in_url=public_base_url(request, settings) + "/",
    )
    if outcome.member is not None and outcome.user is not None:
        return InvitationCreated(member=_member(outcome.member, outcome.user))
    assert outcome.invitation is not None  # one or the other, by do_invite's contract
    return InvitationCreated(invitation=_invitation(outcome.invitation))


@router.delete("/{workspaceId}/invitations/{invitationId}", responses=ERROR_RESPONSES)
async def delete_invitation(
    workspace_id: WorkspaceIdPath,
    invitation_id: InvitationIdPath,
    db: DbDep,
    user: CurrentUser,
) -> SuccessResponse:
    """Withdraw a pending invitation (admins only)."""
    await access_workspace(db=db, actor=user, workspace_id=workspace_id, needed=WorkspaceRole.ADMIN)
    await invitations.do_delete_invitation(
        db=db, actor=user, workspace_id=workspace_id, invitation_id=invitation_id
    )
    return SuccessResponse()


@router.get("/{workspaceId}/audit-log", responses=ERROR_RESPONSES)
async def get_audit_log(
    workspace_id: WorkspaceIdPath,
    db: DbDep,
    user: CurrentUser,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    cursor: Annotated[str | None, Query(description="`nextCursor` of the previous page")] = None,
) -> AuditLogPage:
    """Who created, changed, published, deleted or exported what, newest first (admins only)."""
    await access_workspace(db=db, actor=user, workspace_id=workspace_id, needed=WorkspaceRole.ADMIN)
    return await read_audit_log(db=db, workspace_id=workspace_id, cursor=cursor, limit=limit)
