"""Who is calling."""

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.auth.tokens import hash_token
from botloom.domain.errors import UnauthorizedError
from botloom.store.models import ApiToken, User


async def get_user_by_token(*, db: AsyncSession, token: str) -> User:
    """The owner of an API token; raises ``UnauthorizedError`` for an unknown token."""
    user = await db.scalar(
        select(User)
        .join(ApiToken, ApiToken.user_id == User.id)
        .where(ApiToken.token_hash == hash_token(token))
    )
    if user is None:
        raise UnauthorizedError("Invalid API token")
    return user
