"""Running a plugin action for a block through the ``integrations`` port, and keeping what it
did: for forge blocks and for Typebot's built-in integration blocks that map onto a plugin
(Google Sheets, the legacy OpenAI block)."""

from typing import Any

from botloom.engine.integration_calls import ActionCall, ActionOutcome
from botloom.engine.runtime import BlockResult, TurnContext
from botloom.schema.model import DocModel

UNSUBSTITUTED_OPTIONS = frozenset({"baseUrl", "tools", "functions"})
"""Options passed as written: a base URL made of variables would let visitors choose where
the block's credentials are sent, and AI functions' code reads ``{{Name}}`` as a variable of the
script when it runs (a value pasted into the code would run as code)."""


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


async def action_call(
    ctx: TurnContext,
    *,
    integration_id: str,
    action: str | None,
    credentials_id: str | None,
    options: DocModel | dict[str, Any],
    block_id: str,
    stream_variable_id: str | None = None,
) -> ActionCall:
    """The call of an action: options with variables substituted and empty strings dropped,
    as Typebot passes them. ``stream_variable_id``: the variable a streamed answer would fill."""
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
        stream_variable_id=stream_variable_id,
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
