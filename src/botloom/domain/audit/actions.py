"""Writing audit events, always inside the transaction of the change they record.

Actions call :func:`record` before they commit, so a change and its audit event are stored
together or not at all; nothing else writes the log.
"""

from typing import Any, Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from botloom.store.models import AuditEvent, User


def record(
    db: AsyncSession,
    *,
    actor: User | None,
    workspace_id: str,
    action: str,
    target_type: str,
    target_id: str | None,
    details: dict[str, Any] | None = None,
) -> None:
    """Add an audit event (``action`` like ``typebot.publish``) to the session's transaction."""
    db.add(
        AuditEvent(
            workspace_id=workspace_id,
            actor_id=actor.id if actor else None,
            actor_email=actor.email if actor else None,
            action=action,
            target_type=target_type,
            target_id=target_id,
            details=details,
        )
    )


class Audited(Protocol):
    """A named thing of a workspace: a bot, a folder, credentials."""

    id: str
    workspace_id: str
    name: str


def record_change(
    db: AsyncSession, *, actor: User, target_type: str, target: Audited, action: str, **details: Any
) -> None:
    """:func:`record` a change to ``target`` (``action`` like ``publish``, prefixed with
    ``target_type``), its name among the details."""
    record(
        db,
        actor=actor,
        workspace_id=target.workspace_id,
        action=f"{target_type}.{action}",
        target_type=target_type,
        target_id=target.id,
        details={"name": target.name, **details},
    )


async def do_record_read(
    db: AsyncSession,
    *,
    actor: User,
    workspace_id: str,
    action: str,
    target_type: str,
    target_id: str,
    details: dict[str, Any] | None = None,
) -> None:
    """Record, in a transaction of its own, something that changes nothing but must be known
    (an export of results)."""
    record(
        db,
        actor=actor,
        workspace_id=workspace_id,
        action=action,
        target_type=target_type,
        target_id=target_id,
        details=details,
    )
    await db.commit()
