"""The email input."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.bubbles.deferred import deferred
from botloom.engine.blocks.inputs.email_input.schema import EmailInputBlock

SPEC = BlockSpec(
    type="email input",
    family=BlockFamily.INPUT,
    model=EmailInputBlock,
    parse_reply=deferred("botloom.engine.blocks.inputs.email_input.parse", "parse_reply"),
    format_input=deferred("botloom.engine.blocks.inputs.common", "format_input_with_prefill"),
)
