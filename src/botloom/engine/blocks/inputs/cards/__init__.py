"""The cards input."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.bubbles.deferred import deferred
from botloom.engine.blocks.inputs.cards.schema import CardsBlock

SPEC = BlockSpec(
    type="cards",
    family=BlockFamily.INPUT,
    model=CardsBlock,
    parse_reply=deferred("botloom.engine.blocks.inputs.cards.parse", "parse_reply"),
    format_input=deferred("botloom.engine.blocks.inputs.cards.parse", "format_cards_input"),
)
