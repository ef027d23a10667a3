"""The text input."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.bubbles.deferred import deferred
from botloom.engine.blocks.inputs.text_input.schema import TextInputBlock

SPEC = BlockSpec(
    type="text input",
    family=BlockFamily.INPUT,
    model=TextInputBlock,
    parse_reply=deferred("botloom.engine.blocks.inputs.text_input.parse", "parse_reply"),
    format_input=deferred("botloom.engine.blocks.inputs.common", "format_input_with_prefill"),
)
