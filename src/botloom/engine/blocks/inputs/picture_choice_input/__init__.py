"""The picture choice input."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.inputs.picture_choice_input.parse import (
    format_picture_choice_input,
    parse_reply,
)
from botloom.engine.blocks.inputs.picture_choice_input.schema import PictureChoiceInputBlock

SPEC = BlockSpec(
    type="picture choice input",
    family=BlockFamily.INPUT,
    model=PictureChoiceInputBlock,
    parse_reply=parse_reply,
    format_input=format_picture_choice_input,
)
