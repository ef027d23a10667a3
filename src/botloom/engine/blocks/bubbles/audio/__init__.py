"""The audio bubble."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.bubbles.audio.execute import execute
from botloom.engine.blocks.bubbles.audio.schema import AudioBubbleBlock

SPEC = BlockSpec(
    type="audio",
    family=BlockFamily.BUBBLE,
    model=AudioBubbleBlock,
    execute=execute,
)
