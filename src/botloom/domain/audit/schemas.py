"""Shapes of the audit log route."""

from typing import Any

from botloom.domain.schemas import ApiModel, Timestamp


class AuditEventRead(ApiModel):
    """One recorded change."""

    id: int
    created_at: Timestamp
    actor_id: str | None
    actor_email: str | None
    action: str
    target_type: str
    target_id: str | None
    details: dict[str, Any] | None


class AuditLogPage(ApiModel):
    """Events newest first; ``nextCursor`` asks for the next (older) page."""

    events: list[AuditEventRead]
    next_cursor: str | None
