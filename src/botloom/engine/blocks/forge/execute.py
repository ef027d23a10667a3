"""Runs a forge block through the ``integrations`` port: Typebot's forge block JSON as it is."""

from typing import Any

from botloom.engine.blocks.forge.schema import ForgeBlock
from botloom.engine.blocks.forge.streaming import streamable_variable_id
from botloom.engine.integration_calls import ActionCall
from botloom.engine.runtime import BlockResult, TurnContext

UNSUBSTITUTED_OPTIONS = frozenset({"baseUrl"})
"""Options passed as written: a base URL made of variables would let visitors choose where
the block's credentials are sent."""


def without_empty_strings(value: Any) -> Any:
    """``value`` with every ``""`` dict entry dropped, deeply (Typebot treats them as unset)."""
    if isinstance(value, dict):
        return {k: without_empty_strings(v) for k, v in value.items() if v != ""}
    if isinstance(value, list):
        return [without_empty_strings(item) for item in value]
    return value


async def substituted_options(ctx: TurnContext, options: dict[str, Any]) -> dict[str, Any]:
    """``options`` as Typebot passes them to actions: variables substituted (but for
    ``UNSUBSTITUTED_OPTIONS``) and empty strings dropped."""
    substituted = {k: v for k, v in options.items() if k not in UNSUBSTITUTED_OPTIONS}
    literal = {k: v for k, v in options.items() if k in UNSUBSTITUTED_OPTIONS}
    return dict(without_empty_strings(await ctx.deep_substitute(substituted) | literal))


async def execute(block: ForgeBlock, ctx: TurnContext) -> BlockResult:
    """Run the block's action with its options variable-substituted (but for
    ``UNSUBSTITUTED_OPTIONS``); its variables are set, its logs added and its client-side
    actions sent. Without the port the block is skipped."""
    port = ctx.ports.integrations
    if port is None:
        return BlockResult()
    options = block.options.model_dump(by_alias=True, exclude_none=True)
    outcome = await port.run_action(
        ActionCall(
            integration_id=block.type,
            action=block.options.action,
            credentials_id=block.options.credentials_id,
            options=await substituted_options(ctx, options),
            variables=list(ctx.variables.variables),
            block_id=block.id,
            is_preview=ctx.is_preview,
            result_id=ctx.result_id,
            stream_variable_id=streamable_variable_id(block, ctx),
        )
    )
    for variable_id, value in outcome.variables:
        ctx.set_variable(variable_id, value, block_id=block.id)
    for log in outcome.logs:
        ctx.log(log.description, status=log.status, details=log.details)
    actions = outcome.client_side_actions
    return BlockResult(
        client_side_actions=actions,
        pause=any(action.get("expectsDedicatedReply") for action in actions),
    )
