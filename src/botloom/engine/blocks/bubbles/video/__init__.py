"""The video bubble."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.bubbles.video.execute import execute
from botloom.engine.blocks.bubbles.video.schema import VideoBubbleBlock

SPEC = BlockSpec(
    type="video",
    family=BlockFamily.BUBBLE,
    model=VideoBubbleBlock,
    execute=execute,
)
