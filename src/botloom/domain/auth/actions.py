"""Users and their API tokens."""

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.auth.tokens import generate_token, hash_token
from botloom.store.models import ApiToken, User


async def get_or_create_user(*, db: AsyncSession, email: str) -> User:
    """The user with this email, created if new (emails are compared lowercased)."""
    email = email.strip().lower()
    user = await db.scalar(select(User).where(User.email == email))
    if user is None:
        user = User(email=email)
        db.add(user)
        await db.flush()
    return user


async def do_create_api_token(*, db: AsyncSession, user: User, name: str) -> str:
    """Create a token for ``user`` and return it in clear: the only time it is ever visible."""
    token = generate_token()
    db.add(ApiToken(user_id=user.id, name=name, token_hash=hash_token(token)))
    await db.commit()
    return token
