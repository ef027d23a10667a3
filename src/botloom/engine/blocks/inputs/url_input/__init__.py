"""The website (URL) input."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.bubbles.deferred import deferred
from botloom.engine.blocks.inputs.url_input.schema import UrlInputBlock

SPEC = BlockSpec(
    type="url input",
    family=BlockFamily.INPUT,
    model=UrlInputBlock,
    parse_reply=deferred("botloom.engine.blocks.inputs.url_input.parse", "parse_reply"),
    format_input=deferred("botloom.engine.blocks.inputs.common", "format_input_with_prefill"),
)
