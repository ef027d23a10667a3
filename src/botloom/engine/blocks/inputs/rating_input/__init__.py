"""The rating input."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.bubbles.deferred import deferred
from botloom.engine.blocks.inputs.rating_input.schema import RatingInputBlock

SPEC = BlockSpec(
    type="rating input",
    family=BlockFamily.INPUT,
    model=RatingInputBlock,
    parse_reply=deferred("botloom.engine.blocks.inputs.rating_input.parse", "parse_reply"),
    format_input=deferred("botloom.engine.blocks.inputs.common", "format_input"),
)
