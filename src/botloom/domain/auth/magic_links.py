"""Sign-in links sent by email: single use, valid 15 minutes, stored as SHA-256."""

from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.auth.queries import normalize_email
from botloom.domain.auth.tokens import hash_token, new_secret
from botloom.domain.errors import UnauthorizedError
from botloom.store.models import MagicLink
from botloom.store.types import utcnow

MAGIC_LINK_TTL = timedelta(minutes=15)


async def do_create_magic_link(*, db: AsyncSession, email: str, next_path: str) -> str:
    """A new link's token for ``email`` (in clear: it goes into the link, never into the
    database); opening it leads to ``next_path``."""
    token = new_secret()
    db.add(
        MagicLink(
            token_hash=hash_token(token),
            email=normalize_email(email),
            next_path=next_path,
            expires_at=utcnow() + MAGIC_LINK_TTL,
        )
    )
    await db.commit()
    return token


async def do_use_magic_link(*, db: AsyncSession, token: str) -> MagicLink:
    """Spend a link: its row (email, where to go next). One conditional update marks it used,
    so two requests racing with one link cannot both pass; ``UnauthorizedError`` for an
    unknown, used or expired link."""
    token_hash = hash_token(token)
    now = utcnow()
    spent = await db.execute(
        update(MagicLink)
        .where(
            MagicLink.token_hash == token_hash,
            MagicLink.used_at.is_(None),
            MagicLink.expires_at > now,
        )
        .values(used_at=now)
    )
    if getattr(spent, "rowcount", 0) != 1:
        await db.rollback()
        raise UnauthorizedError(
            "This sign-in link is invalid, already used or expired: ask for a new one"
        )
    await db.commit()
    link = await db.scalar(select(MagicLink).where(MagicLink.token_hash == token_hash))
    assert link is not None
    return link
