"""Runs the Google Analytics block: the client sends the event (docs/engine.md §2)."""

from typing import Any

from botloom.engine.blocks.integrations.google_analytics.schema import GoogleAnalyticsBlock
from botloom.engine.blocks.logic.script.execute import js_arg
from botloom.engine.runtime import BlockResult, TurnContext
from botloom.schema.model import DocModel


async def client_payload(options: DocModel, ctx: TurnContext) -> dict[str, Any]:
    """Block options as a client action carries them: camelCase, variables substituted,
    empty texts dropped."""
    raw = options.model_dump(mode="json", by_alias=True, exclude_none=True)
    payload: dict[str, Any] = _without_empty_texts(await ctx.deep_substitute(raw))
    return payload


def _without_empty_texts(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_empty_texts(v) for k, v in value.items() if v != ""}
    if isinstance(value, list):
        return [_without_empty_texts(item) for item in value]
    return value


async def execute(block: GoogleAnalyticsBlock, ctx: TurnContext) -> BlockResult:
    """A ``googleAnalytics`` action; a text ``value`` is passed as a number when it is one."""
    payload = await client_payload(block.options, ctx)
    if isinstance(payload.get("value"), str):
        payload["value"] = js_arg(payload["value"])
    return BlockResult(
        client_side_actions=[{"type": "googleAnalytics", "googleAnalytics": payload}]
    )
