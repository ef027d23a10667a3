"""The embed bubble."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.bubbles.embed.execute import apply_event_reply, execute
from botloom.engine.blocks.bubbles.embed.schema import EmbedBubbleBlock

SPEC = BlockSpec(
    type="embed",
    family=BlockFamily.BUBBLE,
    model=EmbedBubbleBlock,
    execute=execute,
    resume=apply_event_reply,
)
