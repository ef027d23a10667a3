"""The HTTP request block (Typebot's legacy type name "Webhook")."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.integrations.http_request.execute import execute, resume
from botloom.engine.blocks.integrations.http_request.schema import HttpRequestBlock

SPEC = BlockSpec(
    type="Webhook",
    family=BlockFamily.INTEGRATION,
    model=HttpRequestBlock,
    execute=execute,
    resume=resume,
)
