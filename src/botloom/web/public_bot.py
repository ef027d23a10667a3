"""What a bot's public page shows, read from its published version."""

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncEngine

from botloom.domain.chat.bots import BotCache, LiveState, closed_message, find_live_bot


@dataclass(frozen=True)
class PublicBot:
    """A published bot as its public page presents it."""

    public_id: str
    state: LiveState
    title: str
    description: str | None
    image_url: str | None
    favicon_url: str | None
    allow_indexing: bool
    closed_message: str
    custom_head_code: str | None


async def find_public_bot(
    *, engine: AsyncEngine, cache: BotCache, public_id: str
) -> PublicBot | None:
    """The published bot behind ``public_id``; ``None`` if there is none (or it was deleted).

    Metadata is shown as written: like Typebot's page, ``{{variables}}`` in it are not evaluated,
    because no chat (and so no variable value) exists when the page is rendered.
    """
    found = await find_live_bot(engine=engine, cache=cache, public_id=public_id)
    if found is None:
        return None
    metadata = found.bot.document.settings.metadata
    return PublicBot(
        public_id=public_id,
        state=found.state,
        title=metadata.title or found.name,
        description=metadata.description or None,
        image_url=metadata.image_url or None,
        favicon_url=metadata.favicon_url or None,
        allow_indexing=bool(metadata.allow_indexing),
        closed_message=closed_message(found.bot),
        custom_head_code=metadata.custom_head_code or None,
    )
