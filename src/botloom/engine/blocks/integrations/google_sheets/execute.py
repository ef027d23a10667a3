"""Runs the Google Sheets block through the ``google-sheets`` plugin (``integrations``)."""

from botloom.engine.blocks.integrations.google_sheets.schema import GoogleSheetsBlock
from botloom.engine.integration_runs import action_call, run_integration
from botloom.engine.runtime import BlockResult, TurnContext

GOOGLE_SHEETS_PLUGIN = "google-sheets"


async def execute(block: GoogleSheetsBlock, ctx: TurnContext) -> BlockResult:
    """Get, insert or update rows; a block without an action does nothing."""
    options = block.options
    if options.action is None:
        return BlockResult()
    call = await action_call(
        ctx,
        integration_id=GOOGLE_SHEETS_PLUGIN,
        action=options.action,
        credentials_id=options.credentials_id,
        options=options,
        block_id=block.id,
    )
    return await run_integration(ctx, call)
