"""Sign-in links sent by email: single use, valid 15 minutes, stored as SHA-256."""

from datetime import timedelta
from typing import Literal

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.auth.queries import normalize_email
from botloom.domain.auth.tokens import hash_token, new_secret
from botloom.domain.errors import UnauthorizedError
from botloom.store.models import MagicLink
from botloom.store.types import utcnow

MAGIC_LINK_TTL = timedelta(minutes=15)

MagicLinkFailure = Literal["invalid-link", "used-link", "expired-link"]

_FAILURE_MESSAGES: dict[MagicLinkFailure, str] = {
    "invalid-link": "This sign-in link is not valid: ask for a new one",
    "used-link": "This sign-in link was already used: ask for a new one",
    "expired-link": "This sign-in link has expired (links last 15 minutes): ask for a new one",
}


class MagicLinkError(UnauthorizedError):
    """A sign-in link that cannot be spent; ``reason`` says why, for the sign-in screen."""

    def __init__(self, reason: MagicLinkFailure) -> None:
        self.reason: MagicLinkFailure = reason
        super().__init__(_FAILURE_MESSAGES[reason])


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
    so two requests racing with one link cannot both pass; ``MagicLinkError`` for an
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
        raise MagicLinkError(await _why_unusable(db, token_hash))
    await db.commit()
    link = await db.scalar(select(MagicLink).where(MagicLink.token_hash == token_hash))
    assert link is not None
    return link


async def _why_unusable(db: AsyncSession, token_hash: str) -> MagicLinkFailure:
    """Why a link could not be spent: read after the refused update, only to word the error."""
    link = await db.scalar(select(MagicLink).where(MagicLink.token_hash == token_hash))
    if link is None:
        return "invalid-link"
    return "used-link" if link.used_at is not None else "expired-link"
