"""Runs the image bubble: its content with variables replaced."""

from botloom.engine.blocks.bubbles.image.schema import ImageBubbleBlock
from botloom.engine.blocks.bubbles.media import media_result
from botloom.engine.runtime import BlockResult, TurnContext


async def execute(block: ImageBubbleBlock, ctx: TurnContext) -> BlockResult:
    """The image message (none without a URL)."""
    return await media_result(block, ctx)
