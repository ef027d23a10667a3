"""Managing a workspace's credentials; every function checks the caller's role first."""

from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.access.queries import access_workspace
from botloom.domain.audit.actions import record_change
from botloom.domain.credentials.kinds import find_kind
from botloom.domain.credentials.vault import Vault, find_credentials
from botloom.domain.errors import InvalidInputError, NotFoundError
from botloom.integrations.plugins.registry import REGISTRY
from botloom.schema.errors import problems_from_validation
from botloom.store.models import Credentials, User, WorkspaceRole

READ_ROLE = WorkspaceRole.MEMBER
WRITE_ROLE = WorkspaceRole.ADMIN


def check_data(type_: str, data: dict[str, Any]) -> None:
    """Refuse data that the integration of this type could not use, naming the fields."""
    kind = find_kind(REGISTRY, type_)
    if kind is None:
        return
    try:
        kind.model.model_validate(data)
    except ValidationError as exc:
        problems = problems_from_validation(exc, frozenset(), prefix=("data",))
        raise InvalidInputError(f"Invalid {type_} credentials", problems) from None


async def list_credentials(
    *, db: AsyncSession, actor: User, workspace_id: str
) -> Sequence[Credentials]:
    """The workspace's credentials, oldest first."""
    await access_workspace(db=db, actor=actor, workspace_id=workspace_id, needed=READ_ROLE)
    rows = await db.scalars(
        select(Credentials)
        .where(Credentials.workspace_id == workspace_id)
        .order_by(Credentials.created_at, Credentials.id)
    )
    return rows.all()


async def create_credentials(
    *,
    db: AsyncSession,
    vault: Vault,
    actor: User,
    workspace_id: str,
    type_: str,
    name: str,
    data: dict[str, Any],
) -> Credentials:
    """Store new credentials, encrypted."""
    await access_workspace(db=db, actor=actor, workspace_id=workspace_id, needed=WRITE_ROLE)
    check_data(type_, data)
    sealed = vault.seal(data)
    row = Credentials(
        workspace_id=workspace_id, type=type_, name=name, data=sealed.data, iv=sealed.iv
    )
    db.add(row)
    await db.flush()
    _audit(db, actor, row, "create")
    await db.commit()
    return row


def _audit(db: AsyncSession, actor: User, row: Credentials, action: str) -> None:
    record_change(
        db, actor=actor, target_type="credentials", target=row, action=action, type=row.type
    )


async def _writable(
    db: AsyncSession, actor: User, workspace_id: str, credentials_id: str
) -> Credentials:
    await access_workspace(db=db, actor=actor, workspace_id=workspace_id, needed=WRITE_ROLE)
    row = await find_credentials(db, workspace_id=workspace_id, credentials_id=credentials_id)
    if row is None:
        raise NotFoundError("Credentials not found")
    return row


async def update_credentials(
    *,
    db: AsyncSession,
    vault: Vault,
    actor: User,
    workspace_id: str,
    credentials_id: str,
    name: str | None,
    data: dict[str, Any] | None,
) -> Credentials:
    """Rename credentials, or replace their data (re-encrypted with a new IV)."""
    row = await _writable(db, actor, workspace_id, credentials_id)
    if data is not None:
        check_data(row.type, data)
        sealed = vault.seal(data)
        row.data, row.iv = sealed.data, sealed.iv
    if name is not None:
        row.name = name
    _audit(db, actor, row, "update")
    await db.commit()
    return row


async def delete_credentials(
    *, db: AsyncSession, actor: User, workspace_id: str, credentials_id: str
) -> None:
    """Remove credentials; blocks that used them log "Credentials not found" from then on."""
    row = await _writable(db, actor, workspace_id, credentials_id)
    _audit(db, actor, row, "delete")
    await db.delete(row)
    await db.commit()
