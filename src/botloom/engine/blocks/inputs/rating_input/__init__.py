"""The rating input."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.inputs.common import format_input
from botloom.engine.blocks.inputs.rating_input.parse import parse_reply
from botloom.engine.blocks.inputs.rating_input.schema import RatingInputBlock

SPEC = BlockSpec(
    type="rating input",
    family=BlockFamily.INPUT,
    model=RatingInputBlock,
    parse_reply=parse_reply,
    format_input=format_input,
)
