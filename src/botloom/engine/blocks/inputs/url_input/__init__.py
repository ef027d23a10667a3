"""The website (URL) input."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.inputs.url_input.schema import UrlInputBlock

SPEC = BlockSpec(type="url input", family=BlockFamily.INPUT, model=UrlInputBlock)
