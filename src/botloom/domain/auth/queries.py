"""Who is calling, and what tokens they hold."""

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.auth.tokens import hash_token
from botloom.domain.errors import UnauthorizedError
from botloom.store.models import ApiToken, User


async def get_token_and_user(*, db: AsyncSession, token: str) -> tuple[ApiToken, User]:
    """An API token's row and its owner; raises ``UnauthorizedError`` for an unknown token."""
    found = (
        await db.execute(
            select(ApiToken, User)
            .join(User, ApiToken.user_id == User.id)
            .where(ApiToken.token_hash == hash_token(token))
        )
    ).first()
    if found is None:
        raise UnauthorizedError("Invalid API token")
    token_row, user = found
    return token_row, user


async def list_api_tokens(
    *, db: AsyncSession, email: str | None = None, user: User | None = None
) -> Sequence[ApiToken]:
    """The tokens of ``user``, or of the user with this email, oldest first (none for an unknown
    email); their values are never stored, only their hashes."""
    statement = select(ApiToken).order_by(ApiToken.created_at, ApiToken.id)
    if user is not None:
        statement = statement.where(ApiToken.user_id == user.id)
    else:
        statement = statement.join(User, ApiToken.user_id == User.id).where(
            User.email == normalize_email(email or "")
        )
    return (await db.scalars(statement)).all()


def normalize_email(email: str) -> str:
    """An email as users are stored and compared: trimmed and lowercased."""
    return email.strip().lower()


async def find_user(*, db: AsyncSession, email: str) -> User | None:
    """The user with this email, if any."""
    return await db.scalar(select(User).where(User.email == normalize_email(email)))
