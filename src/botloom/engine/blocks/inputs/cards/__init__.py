"""The cards input."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.inputs.cards.schema import CardsBlock

SPEC = BlockSpec(type="cards", family=BlockFamily.INPUT, model=CardsBlock)
