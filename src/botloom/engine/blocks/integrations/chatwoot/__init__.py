"""The Chatwoot live chat widget block."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.integrations.chatwoot.execute import execute
from botloom.engine.blocks.integrations.chatwoot.schema import ChatwootBlock

SPEC = BlockSpec(
    type="Chatwoot",
    family=BlockFamily.INTEGRATION,
    model=ChatwootBlock,
    execute=execute,
)
