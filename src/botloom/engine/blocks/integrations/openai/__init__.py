"""The legacy OpenAI block (the forge block `openai` replaced it); it runs as that plugin."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.integrations.openai.execute import execute
from botloom.engine.blocks.integrations.openai.schema import OpenAIBlock

SPEC = BlockSpec(type="OpenAI", family=BlockFamily.INTEGRATION, model=OpenAIBlock, execute=execute)
