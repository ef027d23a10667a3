"""The set variable block."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.logic.set_variable.execute import execute, resume
from botloom.engine.blocks.logic.set_variable.schema import SetVariableBlock

SPEC = BlockSpec(
    type="Set variable",
    family=BlockFamily.LOGIC,
    model=SetVariableBlock,
    execute=execute,
    resume=resume,
)
