"""The rating input."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.inputs.rating_input.schema import RatingInputBlock

SPEC = BlockSpec(type="rating input", family=BlockFamily.INPUT, model=RatingInputBlock)
