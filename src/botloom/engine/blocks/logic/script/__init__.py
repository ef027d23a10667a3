"""The script block (type "Code")."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.logic.script.execute import execute
from botloom.engine.blocks.logic.script.schema import ScriptBlock

SPEC = BlockSpec(
    type="Code",
    family=BlockFamily.LOGIC,
    model=ScriptBlock,
    execute=execute,
)
