"""The Google Analytics event block."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.integrations.google_analytics.execute import execute
from botloom.engine.blocks.integrations.google_analytics.schema import GoogleAnalyticsBlock

SPEC = BlockSpec(
    type="Google Analytics",
    family=BlockFamily.INTEGRATION,
    model=GoogleAnalyticsBlock,
    execute=execute,
)
