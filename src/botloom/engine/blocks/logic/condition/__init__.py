"""The condition block."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.logic.condition.execute import execute
from botloom.engine.blocks.logic.condition.schema import ConditionBlock

SPEC = BlockSpec(
    type="Condition",
    family=BlockFamily.LOGIC,
    model=ConditionBlock,
    execute=execute,
)
