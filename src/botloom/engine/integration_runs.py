"""Running a plugin action for a block through the ``integrations`` port, and keeping what it
did: for forge blocks and for Typebot's built-in integration blocks that map onto a plugin
(Google Sheets, the legacy OpenAI block)."""

from typing import Any

from botloom.engine.blocks.forge.execute import substituted_options
from botloom.engine.integration_calls import ActionCall, ActionOutcome
from botloom.engine.runtime import BlockResult, TurnContext
from botloom.schema.model import DocModel


async def action_call(
    ctx: TurnContext,
    *,
    integration_id: str,
    action: str | None,
    credentials_id: str | None,
    options: DocModel | dict[str, Any],
    block_id: str,
) -> ActionCall:
    """The call of an action: options with variables substituted and empty strings dropped,
    as Typebot passes them."""
    raw = (
        options.model_dump(by_alias=True, exclude_none=True)
        if isinstance(options, DocModel)
        else options
    )
    return ActionCall(
        integration_id=integration_id,
        action=action,
        credentials_id=credentials_id,
        options=await substituted_options(ctx, raw),
        variables=list(ctx.variables.variables),
        block_id=block_id,
        is_preview=ctx.is_preview,
        result_id=ctx.result_id,
    )


def keep_outcome(ctx: TurnContext, block_id: str, outcome: ActionOutcome) -> BlockResult:
    """Set the action's variables, add its logs, and send its client-side actions."""
    for variable_id, value in outcome.variables:
        ctx.set_variable(variable_id, value, block_id=block_id)
    for log in outcome.logs:
        ctx.log(log.description, status=log.status, details=log.details)
    return BlockResult(client_side_actions=outcome.client_side_actions)


async def run_integration(ctx: TurnContext, call: ActionCall) -> BlockResult:
    """Run ``call`` through the port and keep its outcome; without the port, log and go on."""
    port = ctx.ports.integrations
    if port is None:
        ctx.log(f"Integrations are not available here ({call.integration_id})", status="info")
        return BlockResult()
    return keep_outcome(ctx, call.block_id, await port.run_action(call))
