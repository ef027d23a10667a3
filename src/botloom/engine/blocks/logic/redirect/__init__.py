"""The redirect block."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.logic.redirect.execute import execute
from botloom.engine.blocks.logic.redirect.schema import RedirectBlock

SPEC = BlockSpec(
    type="Redirect",
    family=BlockFamily.LOGIC,
    model=RedirectBlock,
    execute=execute,
)
