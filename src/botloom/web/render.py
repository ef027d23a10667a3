"""HTML of the public pages. Every value from a bot is escaped; no inline script is used."""

import json
from functools import cache
from html import escape
from string import Template

from botloom.web.head_code import inline_script_hashes
from botloom.web.public_bot import PublicBot
from botloom.web.widget_files import PACKAGE_DIR

_BOT_PAGE_POLICY = (
    "default-src 'self'",
    # Bots run their authors' client-side code (Script blocks) through Function(), and load
    # trackers (Google Tag Manager, Analytics, Meta pixel) and libraries over HTTPS. Inline
    # scripts stay forbidden, except the bot's own head code (allowed by hash).
    "script-src 'self' 'unsafe-eval' https:",
    # The widget styles its shadow DOM with <style> and the bot theme can load web fonts.
    "style-src 'self' 'unsafe-inline' https:",
    # Bubbles show images, videos, audio and embeds from anywhere; client-side HTTP
    # requests and uploads go wherever the bot says.
    "img-src * data: blob:",
    "media-src * data: blob:",
    "font-src * data:",
    "connect-src *",
    "frame-src *",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
)


def bot_page_csp(bot: PublicBot) -> str:
    """The page's policy. It may itself be put in an iframe by any site, as Typebot's are."""
    hashes = inline_script_hashes(bot.custom_head_code)
    return "; ".join(
        " ".join([rule, *hashes]) if rule.startswith("script-src") else rule
        for rule in _BOT_PAGE_POLICY
    )


NOTICE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src * data:; base-uri 'none'"
"""Pages that only tell something load no script at all."""

COMMON_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
}

_WIDGET = (
    "<botloom-standard></botloom-standard>\n"
    '<script type="application/json" id="botloom-config">$config</script>\n'
    '<script type="module" src="/static/page.js"></script>'
)


@cache
def _template() -> Template:
    return Template((PACKAGE_DIR / "templates" / "page.html").read_text(encoding="utf-8"))


def _meta(attribute: str, key: str, value: str) -> str:
    return f'<meta {attribute}="{escape(key)}" content="{escape(value)}">'


def _script_json(value: object) -> str:
    """JSON that cannot end its ``<script>`` element early."""
    text = json.dumps(value)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _notice(heading: str, message: str) -> str:
    paragraph = f"<p>{escape(message)}</p>" if message else ""
    return f'<main class="notice"><div><h1>{escape(heading)}</h1>{paragraph}</div></main>'


def _social_head(bot: PublicBot, page_url: str) -> list[str]:
    tags = [
        _meta("property", "og:type", "website"),
        _meta("property", "og:url", page_url),
        _meta("property", "og:title", bot.title),
        _meta("name", "twitter:card", "summary_large_image" if bot.image_url else "summary"),
        _meta("name", "twitter:title", bot.title),
    ]
    if bot.description:
        tags += [
            _meta("name", "description", bot.description),
            _meta("property", "og:description", bot.description),
            _meta("name", "twitter:description", bot.description),
        ]
    if bot.image_url:
        tags += [
            _meta("property", "og:image", bot.image_url),
            _meta("name", "twitter:image", bot.image_url),
        ]
    return tags


def _page(*, title: str, head: list[str], body: str, favicon_url: str | None, index: bool) -> str:
    if favicon_url:
        head = [*head, f'<link rel="icon" href="{escape(favicon_url)}">']
    if not index:
        head = [*head, _meta("name", "robots", "noindex")]
    return _template().substitute(title=escape(title), head="\n".join(head), body=body)


def bot_page(bot: PublicBot, page_url: str, *, widget_built: bool) -> str:
    """A live bot as a full-page chat, with its title, description, favicon and image (and a
    notice in place of the chat while the widget is not built)."""
    body = (
        Template(_WIDGET).substitute(config=_script_json({"typebot": bot.public_id}))
        if widget_built
        else _notice(
            "Chat unavailable",
            "The chat widget has not been built yet. Run `make run`, "
            "or `npm ci && npm run build` in the frontend folder.",
        )
    )
    return _page(
        title=bot.title,
        head=[
            *_social_head(bot, page_url),
            f"<style>html {{ background: {bot.background}; }}</style>",
        ],
        body=body,
        favicon_url=bot.favicon_url,
        index=bot.allow_indexing,
    )


def notice_page(
    *, title: str, heading: str, message: str = "", favicon_url: str | None = None
) -> str:
    """A page that only tells the visitor something (not found, closed); never indexed."""
    return _page(
        title=title, head=[], body=_notice(heading, message), favicon_url=favicon_url, index=False
    )
