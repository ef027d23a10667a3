"""The date input."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.inputs.common import format_input_with_prefill
from botloom.engine.blocks.inputs.date_input.parse import parse_reply
from botloom.engine.blocks.inputs.date_input.schema import DateInputBlock

SPEC = BlockSpec(
    type="date input",
    family=BlockFamily.INPUT,
    model=DateInputBlock,
    parse_reply=parse_reply,
    format_input=format_input_with_prefill,
)
