"""Browser sessions: the cookie holds a random id, the server a row keyed by its SHA-256."""

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.auth.tokens import hash_token, new_secret
from botloom.domain.errors import UnauthorizedError
from botloom.settings import Settings
from botloom.store.models import AuthSession, User
from botloom.store.types import utcnow

TOUCH_PRECISION = timedelta(minutes=1)
"""How stale a session's ``last_seen_at`` may get: a busy browser writes it at most this often."""


@dataclass(frozen=True)
class SessionPolicy:
    """How long a session lives: ``idle`` without a request, ``absolute`` after sign-in."""

    idle: timedelta
    absolute: timedelta

    @classmethod
    def from_settings(cls, settings: Settings) -> "SessionPolicy":
        """The policy the operator set."""
        return cls(
            idle=timedelta(seconds=settings.session_idle_seconds),
            absolute=timedelta(seconds=settings.session_max_seconds),
        )


def csrf_token_for(session_id: str) -> str:
    """The CSRF token of a session: derived one way from its secret id, so reading it (it is in
    a readable cookie) tells nothing of the id, and it needs no storage."""
    return hash_token(f"csrf:{session_id}")


async def do_create_session(
    *, db: AsyncSession, user: User, policy: SessionPolicy
) -> tuple[str, AuthSession]:
    """Sign ``user`` in: the new session's id (for the cookie, never stored) and its row."""
    session_id = new_secret()
    row = AuthSession(
        user_id=user.id, id_hash=hash_token(session_id), expires_at=utcnow() + policy.absolute
    )
    db.add(row)
    await db.commit()
    return session_id, row


async def get_session_user(
    *, db: AsyncSession, session_id: str, policy: SessionPolicy
) -> tuple[AuthSession, User]:
    """The live session with this id and its user; ``UnauthorizedError`` for an unknown, idle or
    expired one (an ended session's row is deleted)."""
    found = (
        await db.execute(
            select(AuthSession, User)
            .join(User, AuthSession.user_id == User.id)
            .where(AuthSession.id_hash == hash_token(session_id))
        )
    ).first()
    if found is None:
        raise UnauthorizedError("Not signed in, or the session has ended: sign in again")
    session, user = found
    now = utcnow()
    if now >= session.expires_at or now - session.last_seen_at >= policy.idle:
        await db.delete(session)
        await db.commit()
        raise UnauthorizedError("The session has expired: sign in again")
    if now - session.last_seen_at >= TOUCH_PRECISION:
        session.last_seen_at = now
        await db.commit()
    return session, user


async def do_end_session(*, db: AsyncSession, session: AuthSession) -> None:
    """Sign this browser out."""
    await db.execute(delete(AuthSession).where(AuthSession.id == session.id))
    await db.commit()


async def do_end_all_sessions(*, db: AsyncSession, user: User) -> None:
    """Sign ``user`` out of every browser (API tokens are revoked one by one, apart)."""
    await db.execute(delete(AuthSession).where(AuthSession.user_id == user.id))
    await db.commit()
