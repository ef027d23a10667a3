"""The Pabbly Connect block: an HTTP request to a Pabbly webhook."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.integrations.http_request.execute import execute, resume
from botloom.engine.blocks.integrations.pabbly.schema import PabblyBlock

SPEC = BlockSpec(
    type="Pabbly",
    family=BlockFamily.INTEGRATION,
    model=PabblyBlock,
    execute=execute,
    resume=resume,
)
