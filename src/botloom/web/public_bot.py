"""What a bot's public page shows, read from its published version."""

import enum
from dataclasses import dataclass

from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.chat.bots import BotCache, load_version
from botloom.schema.settings import DEFAULT_BOT_CLOSED_MESSAGE
from botloom.store.models import PublishedVersion, Typebot, Workspace

_FIND_PUBLIC_BOT = (
    select(
        Typebot.published_version_id,
        Typebot.is_closed,
        Workspace.is_suspended,
        PublishedVersion.name,
    )
    .join(Workspace, Workspace.id == Typebot.workspace_id)
    .join(PublishedVersion, PublishedVersion.id == Typebot.published_version_id)
    .where(Typebot.public_id == bindparam("public_id"), Typebot.is_archived.is_(False))
)


class PageState(enum.Enum):
    """Whether visitors can chat, and if not, why."""

    LIVE = "live"
    CLOSED = "closed"
    SUSPENDED = "suspended"


@dataclass(frozen=True)
class PublicBot:
    """A published bot as its public page presents it."""

    public_id: str
    state: PageState
    title: str
    description: str | None
    image_url: str | None
    favicon_url: str | None
    allow_indexing: bool
    closed_message: str
    custom_head_code: str | None


async def find_public_bot(*, db: AsyncSession, cache: BotCache, public_id: str) -> PublicBot | None:
    """The published bot behind ``public_id``; ``None`` if there is none (or it was deleted).

    Metadata is shown as written: like Typebot's page, ``{{variables}}`` in it are not evaluated,
    because no chat (and so no variable value) exists when the page is rendered.
    """
    found = (await db.execute(_FIND_PUBLIC_BOT, {"public_id": public_id})).first()
    if found is None:
        return None
    bot = await load_version(db=db, cache=cache, version_id=found.published_version_id)
    if bot is None:
        return None
    settings = bot.document.settings
    metadata = settings.metadata
    system = settings.general.system_messages
    state = PageState.LIVE
    if found.is_suspended:
        state = PageState.SUSPENDED
    elif found.is_closed:
        state = PageState.CLOSED
    return PublicBot(
        public_id=public_id,
        state=state,
        title=metadata.title or found.name,
        description=metadata.description or None,
        image_url=metadata.image_url or None,
        favicon_url=metadata.favicon_url or None,
        allow_indexing=bool(metadata.allow_indexing),
        closed_message=(system.bot_closed if system else None) or DEFAULT_BOT_CLOSED_MESSAGE,
        custom_head_code=metadata.custom_head_code or None,
    )
