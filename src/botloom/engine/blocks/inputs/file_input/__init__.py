"""The file upload input."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.inputs.file_input.schema import FileInputBlock

SPEC = BlockSpec(type="file input", family=BlockFamily.INPUT, model=FileInputBlock)
