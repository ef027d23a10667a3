"""The image bubble."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.bubbles.deferred import deferred
from botloom.engine.blocks.bubbles.image.schema import ImageBubbleBlock

SPEC = BlockSpec(
    type="image",
    family=BlockFamily.BUBBLE,
    model=ImageBubbleBlock,
    execute=deferred("botloom.engine.blocks.bubbles.image.execute", "execute"),
)
