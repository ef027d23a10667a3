"""The number input."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.bubbles.deferred import deferred
from botloom.engine.blocks.inputs.number_input.schema import NumberInputBlock

SPEC = BlockSpec(
    type="number input",
    family=BlockFamily.INPUT,
    model=NumberInputBlock,
    parse_reply=deferred("botloom.engine.blocks.inputs.number_input.parse", "parse_reply"),
    format_input=deferred("botloom.engine.blocks.inputs.common", "format_input_with_prefill"),
)
