"""The embed bubble."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.bubbles.deferred import deferred
from botloom.engine.blocks.bubbles.embed.schema import EmbedBubbleBlock

_RUNNER = "botloom.engine.blocks.bubbles.embed.execute"

SPEC = BlockSpec(
    type="embed",
    family=BlockFamily.BUBBLE,
    model=EmbedBubbleBlock,
    execute=deferred(_RUNNER, "execute"),
    resume=deferred(_RUNNER, "apply_event_reply"),
)
