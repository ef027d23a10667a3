"""Data for tests, made through the domain's own actions."""

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.auth.actions import do_create_api_token, get_or_create_user
from botloom.domain.workspaces.actions import do_create_workspace
from botloom.domain.workspaces.collaborators import do_add_collaborator
from botloom.ids import new_id
from botloom.store.models import (
    CollaborationType,
    MemberInWorkspace,
    Typebot,
    User,
    Workspace,
    WorkspaceRole,
)


@dataclass
class Member:
    """A user with a token, and a workspace they administer."""

    user: User
    token: str
    workspace: Workspace

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


async def make_member(db: AsyncSession, email: str | None = None) -> Member:
    """A new user, their API token and their own workspace."""
    user = await get_or_create_user(db=db, email=email or f"{new_id()}@example.com")
    workspace = await do_create_workspace(db=db, actor=user, name=f"Workspace of {user.email}")
    token = await do_create_api_token(db=db, user=user, name="test")
    return Member(user=user, token=token, workspace=workspace)


async def add_to_workspace(
    db: AsyncSession, member: Member, workspace: Workspace, role: WorkspaceRole
) -> None:
    """Give ``member`` a role in another workspace."""
    db.add(MemberInWorkspace(user_id=member.user.id, workspace_id=workspace.id, role=role))
    await db.commit()


async def share_typebot(
    db: AsyncSession,
    owner: Member,
    guest: Member,
    typebot_id: str,
    kind: CollaborationType = CollaborationType.READ,
) -> None:
    """Make ``guest`` a collaborator of one of ``owner``'s bots (a guest of its workspace)."""
    typebot = await db.get(Typebot, typebot_id)
    assert typebot is not None
    await do_add_collaborator(
        db=db, actor=owner.user, typebot=typebot, email=guest.user.email, type_=kind
    )
