"""The text bubble."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.bubbles.text.execute import execute
from botloom.engine.blocks.bubbles.text.schema import TextBubbleBlock

SPEC = BlockSpec(
    type="text",
    family=BlockFamily.BUBBLE,
    model=TextBubbleBlock,
    execute=execute,
)
