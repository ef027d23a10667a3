"""The email input."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.inputs.common import format_input_with_prefill
from botloom.engine.blocks.inputs.email_input.parse import parse_reply
from botloom.engine.blocks.inputs.email_input.schema import EmailInputBlock

SPEC = BlockSpec(
    type="email input",
    family=BlockFamily.INPUT,
    model=EmailInputBlock,
    parse_reply=parse_reply,
    format_input=format_input_with_prefill,
)
