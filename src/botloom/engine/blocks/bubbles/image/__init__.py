"""The image bubble."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.bubbles.image.execute import execute
from botloom.engine.blocks.bubbles.image.schema import ImageBubbleBlock

SPEC = BlockSpec(
    type="image",
    family=BlockFamily.BUBBLE,
    model=ImageBubbleBlock,
    execute=execute,
)
