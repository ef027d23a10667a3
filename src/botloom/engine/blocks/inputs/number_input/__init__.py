"""The number input."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.inputs.common import format_input_with_prefill
from botloom.engine.blocks.inputs.number_input.parse import parse_reply
from botloom.engine.blocks.inputs.number_input.schema import NumberInputBlock

SPEC = BlockSpec(
    type="number input",
    family=BlockFamily.INPUT,
    model=NumberInputBlock,
    parse_reply=parse_reply,
    format_input=format_input_with_prefill,
)
