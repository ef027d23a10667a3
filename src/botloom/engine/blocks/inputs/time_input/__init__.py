"""The time input."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.inputs.time_input.schema import TimeInputBlock

SPEC = BlockSpec(type="time input", family=BlockFamily.INPUT, model=TimeInputBlock)
