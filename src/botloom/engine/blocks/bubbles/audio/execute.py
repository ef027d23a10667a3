"""Runs the audio bubble: its content with variables replaced."""

from botloom.engine.blocks.bubbles.audio.schema import AudioBubbleBlock
from botloom.engine.blocks.bubbles.media import media_result
from botloom.engine.runtime import BlockResult, TurnContext


async def execute(block: AudioBubbleBlock, ctx: TurnContext) -> BlockResult:
    """The audio message (none without a URL)."""
    return await media_result(block, ctx)
