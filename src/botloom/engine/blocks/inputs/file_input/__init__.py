"""The file upload input."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.inputs.common import format_input
from botloom.engine.blocks.inputs.file_input.parse import parse_reply
from botloom.engine.blocks.inputs.file_input.schema import FileInputBlock

SPEC = BlockSpec(
    type="file input",
    family=BlockFamily.INPUT,
    model=FileInputBlock,
    parse_reply=parse_reply,
    format_input=format_input,
)
