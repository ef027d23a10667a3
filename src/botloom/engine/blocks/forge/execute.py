"""Runs a forge block through the ``integrations`` port: Typebot's forge block JSON as it is."""

from botloom.engine.blocks.forge.schema import ForgeBlock
from botloom.engine.blocks.forge.streaming import streamable_variable_id
from botloom.engine.integration_runs import action_call, keep_outcome
from botloom.engine.runtime import BlockResult, TurnContext


async def execute(block: ForgeBlock, ctx: TurnContext) -> BlockResult:
    """Run the block's action with its options variable-substituted (but for
    ``UNSUBSTITUTED_OPTIONS``); its variables are set, its logs added and its client-side
    actions sent. Without the port the block is skipped."""
    port = ctx.ports.integrations
    if port is None:
        return BlockResult()
    call = await action_call(
        ctx,
        integration_id=block.type,
        action=block.options.action,
        credentials_id=block.options.credentials_id,
        options=block.options,
        block_id=block.id,
        stream_variable_id=streamable_variable_id(block, ctx),
    )
    result = keep_outcome(ctx, block.id, await port.run_action(call))
    result.pause = any(action.get("expectsDedicatedReply") for action in result.client_side_actions)
    return result
