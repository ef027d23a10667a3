"""The time input."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.inputs.common import format_input_with_prefill
from botloom.engine.blocks.inputs.time_input.parse import parse_reply
from botloom.engine.blocks.inputs.time_input.schema import TimeInputBlock

SPEC = BlockSpec(
    type="time input",
    family=BlockFamily.INPUT,
    model=TimeInputBlock,
    parse_reply=parse_reply,
    format_input=format_input_with_prefill,
)
