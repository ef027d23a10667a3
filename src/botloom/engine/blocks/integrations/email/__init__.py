"""The send email block."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.integrations.email.execute import execute
from botloom.engine.blocks.integrations.email.schema import EmailBlock

SPEC = BlockSpec(type="Email", family=BlockFamily.INTEGRATION, model=EmailBlock, execute=execute)
