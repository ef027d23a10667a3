"""The text input."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.inputs.common import format_input_with_prefill
from botloom.engine.blocks.inputs.text_input.parse import parse_reply
from botloom.engine.blocks.inputs.text_input.schema import TextInputBlock

SPEC = BlockSpec(
    type="text input",
    family=BlockFamily.INPUT,
    model=TextInputBlock,
    parse_reply=parse_reply,
    format_input=format_input_with_prefill,
)
