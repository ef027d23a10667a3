"""The picture choice input."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.bubbles.deferred import deferred
from botloom.engine.blocks.inputs.picture_choice_input.schema import PictureChoiceInputBlock

SPEC = BlockSpec(
    type="picture choice input",
    family=BlockFamily.INPUT,
    model=PictureChoiceInputBlock,
    parse_reply=deferred("botloom.engine.blocks.inputs.picture_choice_input.parse", "parse_reply"),
    format_input=deferred(
        "botloom.engine.blocks.inputs.picture_choice_input.parse", "format_picture_choice_input"
    ),
)
