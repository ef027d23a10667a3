"""The return block."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.logic.return_.schema import ReturnBlock

SPEC = BlockSpec(type="Return", family=BlockFamily.LOGIC, model=ReturnBlock)
