"""The text input."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.inputs.text_input.schema import TextInputBlock

SPEC = BlockSpec(type="text input", family=BlockFamily.INPUT, model=TextInputBlock)
