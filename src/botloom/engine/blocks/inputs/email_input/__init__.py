"""The email input."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.inputs.email_input.schema import EmailInputBlock

SPEC = BlockSpec(type="email input", family=BlockFamily.INPUT, model=EmailInputBlock)
