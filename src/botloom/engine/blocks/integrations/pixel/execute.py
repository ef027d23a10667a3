"""Runs the Pixel block: the client sends the Meta Pixel event (docs/engine.md §2)."""

from botloom.engine.blocks.integrations.google_analytics.execute import client_payload
from botloom.engine.blocks.integrations.pixel.schema import PixelBlock
from botloom.engine.runtime import BlockResult, TurnContext


async def execute(block: PixelBlock, ctx: TurnContext) -> BlockResult:
    """A ``pixel`` action with the options, variables substituted; nothing without a pixel id."""
    if not block.options.pixel_id:
        return BlockResult()
    payload = await client_payload(block.options, ctx)
    return BlockResult(client_side_actions=[{"type": "pixel", "pixel": payload}])
