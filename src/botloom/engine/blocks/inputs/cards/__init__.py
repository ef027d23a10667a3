"""The cards input."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.inputs.cards.parse import format_cards_input, parse_reply
from botloom.engine.blocks.inputs.cards.schema import CardsBlock

SPEC = BlockSpec(
    type="cards",
    family=BlockFamily.INPUT,
    model=CardsBlock,
    parse_reply=parse_reply,
    format_input=format_cards_input,
)
