"""The website (URL) input."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.inputs.common import format_input_with_prefill
from botloom.engine.blocks.inputs.url_input.parse import parse_reply
from botloom.engine.blocks.inputs.url_input.schema import UrlInputBlock

SPEC = BlockSpec(
    type="url input",
    family=BlockFamily.INPUT,
    model=UrlInputBlock,
    parse_reply=parse_reply,
    format_input=format_input_with_prefill,
)
