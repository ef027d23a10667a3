"""The "listen for webhook" block (type "webhook", lowercase)."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.logic.webhook.execute import execute, resume
from botloom.engine.blocks.logic.webhook.schema import WebhookBlock

SPEC = BlockSpec(
    type="webhook",
    family=BlockFamily.LOGIC,
    model=WebhookBlock,
    execute=execute,
    resume=resume,
)
