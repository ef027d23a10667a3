"""The phone number input."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.bubbles.deferred import deferred
from botloom.engine.blocks.inputs.phone_number_input.schema import PhoneNumberInputBlock

SPEC = BlockSpec(
    type="phone number input",
    family=BlockFamily.INPUT,
    model=PhoneNumberInputBlock,
    parse_reply=deferred("botloom.engine.blocks.inputs.phone_number_input.parse", "parse_reply"),
    format_input=deferred("botloom.engine.blocks.inputs.common", "format_input_with_prefill"),
)
