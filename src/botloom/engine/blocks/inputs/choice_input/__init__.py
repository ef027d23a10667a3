"""The buttons input (single or multiple choice)."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.bubbles.deferred import deferred
from botloom.engine.blocks.inputs.choice_input.schema import ChoiceInputBlock

SPEC = BlockSpec(
    type="choice input",
    family=BlockFamily.INPUT,
    model=ChoiceInputBlock,
    parse_reply=deferred("botloom.engine.blocks.inputs.choice_input.parse", "parse_reply"),
    format_input=deferred("botloom.engine.blocks.inputs.choice_input.parse", "format_choice_input"),
)
