"""The upload budget of a chat session: how many upload URLs it may still get.

Anyone holding a session id may ask for upload URLs, so what one session can store is bounded:
at most ``max_files`` URLs per visit of an input block and ``max_bytes`` granted in all. The
count lives in the session's state and is written like a turn: only if the row is still at the
turn that was read, bumping it, so two workers never both spend the same allowance and a turn
computed meanwhile is run again rather than overwriting the count.
"""

from dataclasses import dataclass
from typing import cast

from sqlalchemy import Table, update
from sqlalchemy.ext.asyncio import AsyncEngine

from botloom.domain.errors import ForbiddenError
from botloom.engine.state import SessionState
from botloom.store.models import ChatSession
from botloom.store.types import utcnow

STATE_KEY = "uploadBudget"
"""Where the count is kept in ``SessionState.extra``."""

_SESSIONS = cast(Table, ChatSession.__table__)


@dataclass(frozen=True)
class UploadBudget:
    """The limits of one session."""

    max_files: int
    """Upload URLs per visit of an input block."""
    max_bytes: int
    """Bytes granted by all the session's upload URLs."""

    def charge(self, state: SessionState, block_id: str, size: int) -> None:
        """Count one more upload URL of ``size`` bytes in ``state``; ``ForbiddenError`` naming
        the limit if it would go past one."""
        used = state.extra.get(STATE_KEY) or {}
        # A new answer means a new visit, even of the same block (a loop).
        visit = f"{block_id}#{state.total_answers}"
        files = used.get("files", 0) if used.get("visit") == visit else 0
        granted = used.get("bytes", 0)
        if files >= self.max_files:
            raise ForbiddenError(
                f"Upload limit reached: at most {self.max_files} files for this input."
            )
        if granted + size > self.max_bytes:
            raise ForbiddenError(
                f"Upload limit reached: this chat may upload at most {self.max_bytes} bytes."
            )
        state.extra[STATE_KEY] = {"visit": visit, "files": files + 1, "bytes": granted + size}


async def save_charge(
    engine: AsyncEngine, *, session_id: str, state: SessionState, turn: int
) -> bool:
    """Write the charged ``state`` if the session is still at ``turn``; ``False`` if another
    write came first (the charge must be computed again)."""
    async with engine.begin() as connection:
        written = await connection.execute(
            update(_SESSIONS)
            .where(_SESSIONS.c.id == session_id, _SESSIONS.c.turn == turn)
            .values(
                state=state.model_dump(mode="json"),
                turn=_SESSIONS.c.turn + 1,
                updated_at=utcnow(),
            )
            .returning(_SESSIONS.c.id)
        )
        return written.first() is not None
