"""The file upload input."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.bubbles.deferred import deferred
from botloom.engine.blocks.inputs.file_input.schema import FileInputBlock

SPEC = BlockSpec(
    type="file input",
    family=BlockFamily.INPUT,
    model=FileInputBlock,
    parse_reply=deferred("botloom.engine.blocks.inputs.file_input.parse", "parse_reply"),
    format_input=deferred("botloom.engine.blocks.inputs.common", "format_input"),
)
