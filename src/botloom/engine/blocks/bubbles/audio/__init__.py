"""The audio bubble."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.bubbles.audio.schema import AudioBubbleBlock
from botloom.engine.blocks.bubbles.deferred import deferred

SPEC = BlockSpec(
    type="audio",
    family=BlockFamily.BUBBLE,
    model=AudioBubbleBlock,
    execute=deferred("botloom.engine.blocks.bubbles.audio.execute", "execute"),
)
