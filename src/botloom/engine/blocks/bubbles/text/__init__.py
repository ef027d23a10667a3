"""The text bubble."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.bubbles.deferred import deferred
from botloom.engine.blocks.bubbles.text.schema import TextBubbleBlock

SPEC = BlockSpec(
    type="text",
    family=BlockFamily.BUBBLE,
    model=TextBubbleBlock,
    execute=deferred("botloom.engine.blocks.bubbles.text.execute", "execute"),
)
