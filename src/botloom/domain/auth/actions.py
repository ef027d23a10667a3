"""Users and their API tokens."""

from datetime import timedelta

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.auth.tokens import generate_token, hash_token
from botloom.domain.errors import NotFoundError
from botloom.domain.workspaces.invitations import accept_pending_invitations
from botloom.store.models import ApiToken, User
from botloom.store.types import utcnow

LAST_USE_PRECISION = timedelta(minutes=1)
"""How stale a token's ``last_used_at`` may get: a busy client writes it at most this often."""


async def get_or_create_user(*, db: AsyncSession, email: str) -> User:
    """The user with this email, created if new (emails are compared lowercased); a new user
    joins the workspaces that invited their email."""
    email = email.strip().lower()
    user = await db.scalar(select(User).where(User.email == email))
    if user is None:
        user = User(email=email)
        db.add(user)
        await db.flush()
        await accept_pending_invitations(db=db, user=user)
    return user


async def do_create_api_token(*, db: AsyncSession, user: User, name: str) -> str:
    """Create a token for ``user`` and return it in clear: the only time it is ever visible."""
    token = generate_token()
    db.add(ApiToken(user_id=user.id, name=name, token_hash=hash_token(token)))
    await db.commit()
    return token


async def do_record_token_use(*, db: AsyncSession, token: ApiToken) -> None:
    """Note that ``token`` was just used, unless that was noted less than a minute ago."""
    now = utcnow()
    if token.last_used_at is not None and now - token.last_used_at < LAST_USE_PRECISION:
        return
    token.last_used_at = now
    await db.commit()


async def do_revoke_api_token(*, db: AsyncSession, token_id: str) -> None:
    """Delete a token (its next request gets 401); ``NotFoundError`` for an unknown id."""
    deleted = await db.execute(delete(ApiToken).where(ApiToken.id == token_id))
    if getattr(deleted, "rowcount", 0) != 1:
        await db.rollback()
        raise NotFoundError(f"No token with id {token_id}")
    await db.commit()
