"""The date input."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.bubbles.deferred import deferred
from botloom.engine.blocks.inputs.date_input.schema import DateInputBlock

SPEC = BlockSpec(
    type="date input",
    family=BlockFamily.INPUT,
    model=DateInputBlock,
    parse_reply=deferred("botloom.engine.blocks.inputs.date_input.parse", "parse_reply"),
    format_input=deferred("botloom.engine.blocks.inputs.common", "format_input_with_prefill"),
)
