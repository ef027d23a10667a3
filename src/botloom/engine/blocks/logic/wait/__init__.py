"""The wait block."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.logic.wait.execute import execute
from botloom.engine.blocks.logic.wait.schema import WaitBlock

SPEC = BlockSpec(
    type="Wait",
    family=BlockFamily.LOGIC,
    model=WaitBlock,
    execute=execute,
)
