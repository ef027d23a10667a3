"""Users and their API tokens."""

from datetime import timedelta
from typing import Any

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.auth.queries import find_user, normalize_email
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
    user = await find_user(db=db, email=email)
    if user is None:
        user = User(email=normalize_email(email))
        db.add(user)
        await db.flush()
        await accept_pending_invitations(db=db, user=user)
    return user


async def do_issue_api_token(*, db: AsyncSession, user: User, name: str) -> tuple[ApiToken, str]:
    """Create a token for ``user``: its row, and its value in clear (the only time it is ever
    visible)."""
    token = generate_token()
    row = ApiToken(user_id=user.id, name=name, token_hash=hash_token(token))
    db.add(row)
    await db.commit()
    return row, token


async def do_create_api_token(*, db: AsyncSession, user: User, name: str) -> str:
    """Create a token for ``user`` and return it in clear: the only time it is ever visible."""
    return (await do_issue_api_token(db=db, user=user, name=name))[1]


async def do_record_token_use(*, db: AsyncSession, token: ApiToken) -> None:
    """Note that ``token`` was just used, unless that was noted less than a minute ago."""
    now = utcnow()
    if token.last_used_at is not None and now - token.last_used_at < LAST_USE_PRECISION:
        return
    token.last_used_at = now
    await db.commit()


async def do_revoke_api_token(
    *, db: AsyncSession, token_id: str, owner: User | None = None
) -> ApiToken:
    """Delete a token (its next request gets 401) and return it; ``NotFoundError`` for an
    unknown id, or a token of someone other than ``owner`` when given (the command line, run
    by the operator, gives none)."""
    statement = delete(ApiToken).where(ApiToken.id == token_id)
    if owner is not None:
        statement = statement.where(ApiToken.user_id == owner.id)
    deleted = (await db.execute(statement.returning(ApiToken))).scalars().first()
    if deleted is None:
        await db.rollback()
        raise NotFoundError(f"No token with id {token_id}")
    await db.commit()
    return deleted


async def do_update_profile(*, db: AsyncSession, user: User, changes: dict[str, Any]) -> User:
    """Change ``user``'s ``name`` and ``image`` (only the keys in ``changes``; None clears)."""
    for field in ("name", "image"):
        if field in changes:
            setattr(user, field, changes[field])
    await db.commit()
    return user
