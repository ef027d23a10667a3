"""Runs the redirect block: the client opens the URL (docs/engine.md §2 "Logic")."""

from botloom.engine.blocks.logic.redirect.schema import RedirectBlock
from botloom.engine.runtime import BlockResult, TurnContext

_KEPT_PREFIXES = ("http", "mailto:", "tel:", "sms:", "{{")


def with_protocol(url: str) -> str:
    """``url`` with ``https://`` prepended, unless it already names a scheme the client knows."""
    return url if url.startswith(_KEPT_PREFIXES) else f"https://{url}"


async def execute(block: RedirectBlock, ctx: TurnContext) -> BlockResult:
    """A ``redirect`` client action to the substituted URL; the flow goes on. No URL, no action."""
    url = await ctx.substitute(block.options.url)
    if not url:
        return BlockResult()
    action = {
        "type": "redirect",
        "redirect": {"url": with_protocol(url), "isNewTab": block.options.is_new_tab},
    }
    return BlockResult(client_side_actions=[action])
