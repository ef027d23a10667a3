"""The jump block."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.logic.jump.schema import JumpBlock

SPEC = BlockSpec(type="Jump", family=BlockFamily.LOGIC, model=JumpBlock)
