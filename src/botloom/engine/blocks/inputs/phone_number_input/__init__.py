"""The phone number input."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.inputs.common import format_input_with_prefill
from botloom.engine.blocks.inputs.phone_number_input.parse import parse_reply
from botloom.engine.blocks.inputs.phone_number_input.schema import PhoneNumberInputBlock

SPEC = BlockSpec(
    type="phone number input",
    family=BlockFamily.INPUT,
    model=PhoneNumberInputBlock,
    parse_reply=parse_reply,
    format_input=format_input_with_prefill,
)
