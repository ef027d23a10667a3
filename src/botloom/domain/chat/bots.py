"""Published versions as runnable bots, cached in process by version id.

A published version never changes, so the cache needs no invalidation: a new publish is a new
id. Drafts (preview) are keyed by their ``updatedAt``, so an edit is a new key as well. The
gallery's templates (``template:<slug>``) ship with the server and never change while it runs.
"""

import enum
from collections import OrderedDict
from dataclasses import dataclass

from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from botloom.domain.schemas import iso
from botloom.engine.bot import Bot
from botloom.schema.document import TypebotDocument
from botloom.schema.settings import DEFAULT_BOT_CLOSED_MESSAGE
from botloom.store.models import PublishedVersion, Typebot, Workspace
from botloom.templates.catalogue import load_template

CACHE_SIZE = 512
DRAFT_PREFIX = "draft:"
TEMPLATE_PREFIX = "template:"


class BotCache:
    """A bounded LRU of runnable bots by version id."""

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self._size = size
        self._bots: OrderedDict[str, Bot] = OrderedDict()

    def get(self, version_id: str) -> Bot | None:
        """A cached bot, marked as recently used."""
        bot = self._bots.get(version_id)
        if bot is not None:
            self._bots.move_to_end(version_id)
        return bot

    def put(self, bot: Bot) -> Bot:
        """Cache ``bot`` and return it."""
        self._bots[bot.version_id] = bot
        self._bots.move_to_end(bot.version_id)
        while len(self._bots) > self._size:
            self._bots.popitem(last=False)
        return bot


def _published_bot(version: PublishedVersion) -> Bot:
    document = TypebotDocument.model_validate(version.content)
    return Bot(
        version_id=version.id,
        typebot_id=version.typebot_id,
        document=document,
        published_at=iso(version.created_at),
    )


def draft_version_id(typebot: Typebot) -> str:
    """The cache key of a draft: changes whenever the draft does."""
    return f"{DRAFT_PREFIX}{typebot.id}:{iso(typebot.updated_at)}"


async def load_version(*, db: AsyncSession, cache: BotCache, version_id: str) -> Bot | None:
    """A bot by version id: a published version, a bot's current draft (``draft:`` ids) or
    a template of the gallery (``template:`` ids)."""
    cached = cache.get(version_id)
    if cached is not None:
        return cached
    if version_id.startswith(TEMPLATE_PREFIX):
        return template_bot(cache, version_id.removeprefix(TEMPLATE_PREFIX))
    if version_id.startswith(DRAFT_PREFIX):
        typebot_id = version_id.removeprefix(DRAFT_PREFIX).split(":", 1)[0]
        typebot = await db.get(Typebot, typebot_id)
        return None if typebot is None else draft_bot(cache, typebot)
    version = await db.get(PublishedVersion, version_id)
    return None if version is None else cache.put(_published_bot(version))


def draft_bot(cache: BotCache, typebot: Typebot) -> Bot:
    """The draft of ``typebot`` as a runnable bot."""
    version_id = draft_version_id(typebot)
    cached = cache.get(version_id)
    if cached is not None:
        return cached
    document = TypebotDocument.model_validate(typebot.content)
    return cache.put(Bot(version_id=version_id, typebot_id=typebot.id, document=document))


def template_bot(cache: BotCache, slug: str) -> Bot:
    """The gallery's template ``slug`` as a runnable bot; ``NotFoundError`` for an unknown
    slug."""
    version_id = f"{TEMPLATE_PREFIX}{slug}"
    cached = cache.get(version_id)
    if cached is not None:
        return cached
    document = TypebotDocument.model_validate(load_template(slug))
    return cache.put(
        Bot(version_id=version_id, typebot_id=document.id or version_id, document=document)
    )


async def live_bot(*, db: AsyncSession, cache: BotCache, typebot: Typebot) -> Bot | None:
    """The version visitors chat with, if the bot is published."""
    if typebot.published_version_id is None:
        return None
    return await load_version(db=db, cache=cache, version_id=typebot.published_version_id)


async def linked_bot(
    *, db: AsyncSession, cache: BotCache, typebot_id: str, workspace_id: str, preview: bool
) -> Bot | None:
    """A bot another bot links to: same workspace only; its draft in preview."""
    typebot = await db.scalar(
        select(Typebot).where(Typebot.id == typebot_id, Typebot.workspace_id == workspace_id)
    )
    if typebot is None or typebot.is_archived:
        return None
    if preview:
        return draft_bot(cache, typebot)
    return await live_bot(db=db, cache=cache, typebot=typebot)


async def shown_bot(*, db: AsyncSession, cache: BotCache, typebot: Typebot) -> Bot:
    """The version visitors ran (the live one), or the draft if the bot was never published."""
    return await live_bot(db=db, cache=cache, typebot=typebot) or draft_bot(cache, typebot)


class LiveState(enum.Enum):
    """Whether visitors can chat with a published bot, and if not, why."""

    LIVE = "live"
    CLOSED = "closed"
    SUSPENDED = "suspended"


@dataclass(frozen=True)
class LiveBot:
    """A published bot found by its public id, with what its callers check."""

    typebot_id: str
    workspace_id: str
    name: str
    state: LiveState
    bot: Bot


# Built once: statements made per request spend a good part of a turn computing cache keys.
_FIND_LIVE_BOT = (
    select(
        Typebot.id,
        Typebot.workspace_id,
        Typebot.published_version_id,
        Typebot.is_closed,
        Workspace.is_suspended,
        PublishedVersion.name,
    )
    .join(Workspace, Workspace.id == Typebot.workspace_id)
    .join(PublishedVersion, PublishedVersion.id == Typebot.published_version_id)
    .where(Typebot.public_id == bindparam("public_id"), Typebot.is_archived.is_(False))
)


async def find_live_bot(*, engine: AsyncEngine, cache: BotCache, public_id: str) -> LiveBot | None:
    """The published bot behind ``public_id``, in one query on a plain connection (an ORM
    session only on a bot-cache miss); ``None`` if there is none."""
    async with engine.connect() as connection:
        found = (await connection.execute(_FIND_LIVE_BOT, {"public_id": public_id})).first()
    if found is None:
        return None
    bot = cache.get(found.published_version_id)
    if bot is None:
        async with AsyncSession(engine) as db:
            bot = await load_version(db=db, cache=cache, version_id=found.published_version_id)
    if bot is None:
        return None
    state = LiveState.LIVE
    if found.is_suspended:
        state = LiveState.SUSPENDED
    elif found.is_closed:
        state = LiveState.CLOSED
    return LiveBot(
        typebot_id=found.id,
        workspace_id=found.workspace_id,
        name=found.name,
        state=state,
        bot=bot,
    )


def closed_message(bot: Bot) -> str:
    """What a closed bot tells visitors: its own "bot closed" text, else the default."""
    system = bot.document.settings.general.system_messages
    return (system.bot_closed if system else None) or DEFAULT_BOT_CLOSED_MESSAGE
