"""The time input."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.bubbles.deferred import deferred
from botloom.engine.blocks.inputs.time_input.schema import TimeInputBlock

SPEC = BlockSpec(
    type="time input",
    family=BlockFamily.INPUT,
    model=TimeInputBlock,
    parse_reply=deferred("botloom.engine.blocks.inputs.time_input.parse", "parse_reply"),
    format_input=deferred("botloom.engine.blocks.inputs.common", "format_input_with_prefill"),
)
