"""The A/B test block."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.logic.ab_test.execute import execute
from botloom.engine.blocks.logic.ab_test.schema import AbTestBlock

SPEC = BlockSpec(
    type="AB test",
    family=BlockFamily.LOGIC,
    model=AbTestBlock,
    execute=execute,
)
