"""Reading a workspace's audit log, newest first, a keyset page at a time."""

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.audit.schemas import AuditEventRead, AuditLogPage
from botloom.domain.errors import InvalidInputError
from botloom.store.models import AuditEvent


def _decode_cursor(cursor: str) -> int:
    try:
        value = int(cursor)
    except ValueError:
        raise InvalidInputError.for_field("cursor", "not a cursor of this log") from None
    if value < 1:
        raise InvalidInputError.for_field("cursor", "not a cursor of this log")
    return value


async def read_audit_log(
    *, db: AsyncSession, workspace_id: str, cursor: str | None, limit: int
) -> AuditLogPage:
    """A page of events older than ``cursor`` (the ``nextCursor`` of the page before).

    Event ids only grow, so a page never skips or repeats an event while new ones arrive.
    """
    query = select(AuditEvent).where(AuditEvent.workspace_id == workspace_id)
    if cursor is not None:
        query = query.where(AuditEvent.id < _decode_cursor(cursor))
    rows = list(await db.scalars(query.order_by(AuditEvent.id.desc()).limit(limit + 1)))
    more = len(rows) > limit
    rows = rows[:limit]
    return AuditLogPage(
        events=[AuditEventRead.model_validate(row, from_attributes=True) for row in rows],
        next_cursor=str(rows[-1].id) if more else None,
    )
