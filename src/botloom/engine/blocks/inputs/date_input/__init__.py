"""The date input."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.inputs.date_input.schema import DateInputBlock

SPEC = BlockSpec(type="date input", family=BlockFamily.INPUT, model=DateInputBlock)
