"""The Make.com block: an HTTP request to a Make.com webhook."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.integrations.http_request.execute import execute, resume
from botloom.engine.blocks.integrations.make_com.schema import MakeComBlock

SPEC = BlockSpec(
    type="Make.com",
    family=BlockFamily.INTEGRATION,
    model=MakeComBlock,
    execute=execute,
    resume=resume,
)
