"""The Zapier block: an HTTP request to a Zapier webhook."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.integrations.http_request.execute import execute, resume
from botloom.engine.blocks.integrations.zapier.schema import ZapierBlock

SPEC = BlockSpec(
    type="Zapier",
    family=BlockFamily.INTEGRATION,
    model=ZapierBlock,
    execute=execute,
    resume=resume,
)
