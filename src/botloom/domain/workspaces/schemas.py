"""Request and response shapes of the workspaces, members, invitations and collaborators
routes (Typebot's builder OpenAPI)."""

from typing import Any, Literal

from pydantic import Field

from botloom.domain.schemas import ApiModel, Timestamp

Plan = Literal["UNLIMITED"]


class WorkspaceCreate(ApiModel):
    """A new workspace."""

    name: str = Field(min_length=1, max_length=200)
    icon: str | None = Field(default=None, max_length=2000)


class WorkspaceSettingsUpdate(ApiModel):
    """Settings a workspace admin may change; a key left out keeps its value."""

    results_retention_days: int | None = Field(
        default=None,
        ge=1,
        le=3650,
        description="Delete results older than this many days; null keeps them forever",
    )


class WorkspaceUpdate(ApiModel):
    """Changes to a workspace (Typebot's ``name``/``icon``, and Botloom's ``settings``)."""

    name: str | None = Field(default=None, min_length=1, max_length=200)
    icon: str | None = Field(default=None, max_length=2000)
    settings: WorkspaceSettingsUpdate | None = None


class WorkspaceSummary(ApiModel):
    """A workspace in a list. Self-hosted Botloom has no plans: every workspace is unlimited."""

    id: str
    name: str
    icon: str | None
    plan: Plan = "UNLIMITED"


class WorkspaceRead(WorkspaceSummary):
    """A whole workspace."""

    created_at: Timestamp
    updated_at: Timestamp
    settings: dict[str, Any] | None
    is_suspended: bool


class WorkspaceListResponse(ApiModel):
    """The caller's workspaces."""

    workspaces: list[WorkspaceSummary]


class WorkspaceResponse(ApiModel):
    """One workspace."""

    workspace: WorkspaceRead


class WorkspaceDeleted(ApiModel):
    """The answer of a workspace deletion, as Typebot's."""

    message: str = "success"


AssignableRole = Literal["ADMIN", "MEMBER"]
"""Roles given by an admin; guests come only from sharing a bot."""


class UserSummary(ApiModel):
    """Who someone is, as Typebot shows people."""

    name: str | None
    email: str | None
    image: str | None = None


class MemberRead(ApiModel):
    """A member of a workspace and their role."""

    workspace_id: str
    user_id: str
    user: UserSummary
    role: Literal["ADMIN", "MEMBER", "GUEST"]


class MemberListResponse(ApiModel):
    """The workspace's members."""

    members: list[MemberRead]


class MemberUpdate(ApiModel):
    """A new role for a member."""

    role: AssignableRole


class MemberResponse(ApiModel):
    """One member."""

    member: MemberRead


class InvitationCreate(ApiModel):
    """Invite an email into the workspace (Typebot's ``type`` is the role)."""

    email: str = Field(min_length=3, max_length=320, pattern=r"^[^@\s]+@[^@\s]+$")
    type: AssignableRole = "MEMBER"


class InvitationRead(ApiModel):
    """A pending invitation."""

    id: str
    created_at: Timestamp
    updated_at: Timestamp
    email: str
    type: Literal["ADMIN", "MEMBER", "GUEST"]


class InvitationCreated(ApiModel):
    """A pending invitation, or the member the email's existing user became."""

    invitation: InvitationRead | None = None
    member: MemberRead | None = None


class InvitationListResponse(ApiModel):
    """The workspace's pending invitations."""

    invitations: list[InvitationRead]


CollaborationKind = Literal["READ", "WRITE"]


class CollaboratorCreate(ApiModel):
    """Share a bot with a user, by email."""

    email: str = Field(min_length=3, max_length=320, pattern=r"^[^@\s]+@[^@\s]+$")
    type: CollaborationKind = "READ"


class CollaboratorUpdate(ApiModel):
    """Change what a collaborator may do."""

    type: CollaborationKind


class CollaboratorRead(ApiModel):
    """Someone a bot is shared with (Typebot's shape)."""

    type: CollaborationKind
    user_id: str
    typebot_id: str
    created_at: Timestamp
    updated_at: Timestamp
    user: UserSummary


class CollaboratorListResponse(ApiModel):
    """A bot's collaborators."""

    collaborators: list[CollaboratorRead]


class CollaboratorResponse(ApiModel):
    """One collaborator."""

    collaborator: CollaboratorRead
