"""The legacy OpenAI block (the forge block `openai` replaced it)."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.integrations.openai.schema import OpenAIBlock

SPEC = BlockSpec(type="OpenAI", family=BlockFamily.INTEGRATION, model=OpenAIBlock)
