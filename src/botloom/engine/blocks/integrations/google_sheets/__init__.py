"""The Google Sheets block."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.integrations.google_sheets.execute import execute
from botloom.engine.blocks.integrations.google_sheets.schema import GoogleSheetsBlock

SPEC = BlockSpec(
    type="Google Sheets",
    family=BlockFamily.INTEGRATION,
    model=GoogleSheetsBlock,
    execute=execute,
)
