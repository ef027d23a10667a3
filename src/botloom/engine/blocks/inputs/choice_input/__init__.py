"""The buttons input (single or multiple choice)."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.inputs.choice_input.parse import format_choice_input, parse_reply
from botloom.engine.blocks.inputs.choice_input.schema import ChoiceInputBlock

SPEC = BlockSpec(
    type="choice input",
    family=BlockFamily.INPUT,
    model=ChoiceInputBlock,
    parse_reply=parse_reply,
    format_input=format_choice_input,
)
