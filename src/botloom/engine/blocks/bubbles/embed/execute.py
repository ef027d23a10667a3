"""Runs the embed bubble: an iframe that may pause the chat until the page posts an event."""

from botloom.engine.blocks.bubbles.embed.schema import EmbedBubbleBlock
from botloom.engine.blocks.bubbles.media import media_result
from botloom.engine.runtime import BlockResult, Reply, TurnContext


async def execute(block: EmbedBubbleBlock, ctx: TurnContext) -> BlockResult:
    """The embed message (none without a URL); it pauses the turn when it waits for an event."""
    waits = bool(block.content.wait_for_event.is_enabled)
    return await media_result(block, ctx, pause=waits)


async def apply_event_reply(block: EmbedBubbleBlock, reply: Reply, ctx: TurnContext) -> None:
    """Save the event's data, which the client sends as the reply text, in the chosen
    variable."""
    event = block.content.wait_for_event
    if event.is_enabled:
        ctx.set_variable(event.save_data_in_variable_id, reply.text, block_id=block.id)
