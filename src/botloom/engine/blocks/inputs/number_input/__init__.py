"""The number input."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.inputs.number_input.schema import NumberInputBlock

SPEC = BlockSpec(type="number input", family=BlockFamily.INPUT, model=NumberInputBlock)
