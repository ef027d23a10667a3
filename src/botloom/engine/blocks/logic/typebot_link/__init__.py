"""The block that jumps into another bot (or another group of this one)."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.logic.typebot_link.schema import TypebotLinkBlock

SPEC = BlockSpec(type="Typebot link", family=BlockFamily.LOGIC, model=TypebotLinkBlock)
