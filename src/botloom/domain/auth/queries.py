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


async def list_api_tokens(*, db: AsyncSession, email: str) -> Sequence[ApiToken]:
    """The tokens of the user with this email, oldest first (none for an unknown email); their
    values are never stored, only their hashes."""
    return (
        await db.scalars(
            select(ApiToken)
            .join(User, ApiToken.user_id == User.id)
            .where(User.email == email.strip().lower())
            .order_by(ApiToken.created_at, ApiToken.id)
        )
    ).all()
