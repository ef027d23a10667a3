"""The phone number input."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.inputs.phone_number_input.schema import PhoneNumberInputBlock

SPEC = BlockSpec(type="phone number input", family=BlockFamily.INPUT, model=PhoneNumberInputBlock)
