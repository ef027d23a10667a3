"""What a bot's public page shows, read from its published version."""

import json
import re
from dataclasses import dataclass
from functools import cache

from sqlalchemy.ext.asyncio import AsyncEngine

from botloom.domain.chat.bots import BotCache, LiveState, closed_message, find_live_bot
from botloom.schema.theme import Theme
from botloom.web.widget_files import ASSETS_DIR

_SAFE_COLOR = re.compile(r"#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20}|rgba?\([0-9., %/]+\)")


@cache
def _theme_defaults() -> dict[str, dict[str, object]]:
    """Typebot's theme defaults per document version, the table the widget is built with."""
    table: dict[str, dict[str, object]] = json.loads(
        (ASSETS_DIR / "theme-defaults.json").read_text(encoding="utf-8")
    )
    return table


def page_background(theme: Theme, version: str | None) -> str:
    """The colour behind the chat, so the page shows it before the widget has loaded: the
    theme's colour, else the default of the bot's version (6.1 bots are grey, older ones white)."""
    major, _, minor = (version or "").partition(".")
    newer = major.isdigit() and (int(major) > 6 or (major == "6" and minor[:1] >= "1"))
    fallback = str(_theme_defaults()["6.1" if newer else "6"]["background"])
    background = theme.general.background
    if background and background.type in (None, "Color") and background.content:
        return background.content if _SAFE_COLOR.fullmatch(background.content) else fallback
    if background and background.type in ("Image", "None"):
        return "transparent"
    return fallback


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
    background: str


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
        background=page_background(found.bot.document.theme, found.bot.document.version),
    )
