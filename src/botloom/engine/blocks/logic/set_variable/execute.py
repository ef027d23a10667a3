"""Runs the set variable block: one value computation per ``options.type`` (docs/engine.md §3).

``Custom`` code always runs as JavaScript; plain text survives through the error fallback
(``Promoter`` is a ReferenceError, so the variable gets the text). ``Device type``,
``Moment of the day`` and code marked to run on the client are computed in the visitor's page:
the block pauses on a ``setVariable`` action and :func:`resume` stores the client's answer.
"""

import json
import re
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from botloom.engine.blocks.logic.script.execute import prepare_script, run_on_server
from botloom.engine.blocks.logic.set_variable.schema import (
    SetVariableBlock,
    SetVariableOptions,
    SetVariableType,
)
from botloom.engine.runtime import BlockResult, Reply, TurnContext
from botloom.engine.templating import is_single_variable
from botloom.engine.variables import VariableStore

Handler = Callable[[SetVariableBlock, TurnContext], Awaitable[None]]

ENVIRONMENT_NAME = "web"
"""This engine serves the web chat API only."""

DEVICE_TYPE_SCRIPT = """\
const userAgent = navigator.userAgent;
if (/tablet|ipad|playbook|silk|android(?!.*mobi)/i.test(userAgent)) return "tablet";
if (/mobi|iphone|ipod|android|blackberry|iemobile|kindle|opera m(obi|ini)/i.test(userAgent))
  return "mobile";
return "desktop";"""

MOMENT_OF_THE_DAY_SCRIPT = """\
const hour = new Date().getHours();
if (hour < 12) return "morning";
if (hour < 18) return "afternoon";
return "evening";"""

_CLIENT_SCRIPTS = {
    SetVariableType.DEVICE_TYPE: DEVICE_TYPE_SCRIPT,
    SetVariableType.MOMENT_OF_THE_DAY: MOMENT_OF_THE_DAY_SCRIPT,
}

# Evaluated as JavaScript, "012" would be an octal literal; such text is kept as it is.
_LEADING_ZERO_NUMBER = re.compile(r"0[0-9]+(?:\.[0-9]*)?")


async def execute(block: SetVariableBlock, ctx: TurnContext) -> BlockResult:
    """Compute the value for ``options.type`` and write it; client-side types pause instead."""
    options = block.options
    if options.variable_id is None:
        return BlockResult()
    action = _client_action(options, ctx)
    if action is not None:
        return BlockResult(client_side_actions=[action], pause=True)
    handler = _HANDLERS.get(options.type or SetVariableType.CUSTOM)
    if handler is not None:
        await handler(block, ctx)
    return BlockResult()


async def resume(block: SetVariableBlock, reply: Reply, ctx: TurnContext) -> None:
    """Store the client's result: JSON when it parses (a list stays a list), else the text."""
    if reply.text:
        ctx.set_variable(block.options.variable_id, _parse_json(reply.text), block_id=block.id)


def _parse_json(text: str) -> object:
    def reject(constant: str) -> object:
        raise ValueError(constant)

    try:
        return json.loads(text, parse_constant=reject)
    except ValueError:
        return text


def _client_action(options: SetVariableOptions, ctx: TurnContext) -> dict[str, Any] | None:
    """The ``setVariable`` action when the value is computed in the visitor's page."""
    kind = options.type or SetVariableType.CUSTOM
    if kind in _CLIENT_SCRIPTS:
        script = {"content": _CLIENT_SCRIPTS[kind], "args": [], "isCode": True}
    elif (
        kind == SetVariableType.CUSTOM
        and options.is_executed_on_client
        and options.expression_to_evaluate
    ):
        extra: dict[str, object] = {"isCode": options.is_code}
        if options.is_unsafe is not None:
            extra["isUnsafe"] = options.is_unsafe
        prepared = prepare_script(options.expression_to_evaluate, ctx.variables)
        script = prepared.to_action(**extra)
    else:
        return None
    return {
        "type": "setVariable",
        "setVariable": {"scriptToExecute": script},
        "expectsDedicatedReply": True,
    }


# Custom ---------------------------------------------------------------------------------------


async def _custom(block: SetVariableBlock, ctx: TurnContext) -> None:
    ctx.set_variable(block.options.variable_id, await _evaluate(block, ctx), block_id=block.id)


async def _evaluate(block: SetVariableBlock, ctx: TurnContext) -> object:
    """The value of a ``Custom`` expression.

    A lone ``{{Name}}`` gives the variable's value as it is (a list stays a list, "012" stays
    text); otherwise the expression runs as JavaScript (``return`` prepended when missing) and
    a failure gives the expression with its variables substituted.
    """
    options = block.options
    expression = options.expression_to_evaluate or ""
    name = is_single_variable(expression)
    if name is not None and not name.startswith("="):
        return ctx.variables.value_of_name(name)
    if ctx.ports.js is None or _LEADING_ZERO_NUMBER.fullmatch(expression):
        return await ctx.substitute(expression)
    code = expression if "return " in expression else f"return {expression}"
    try:
        return await run_on_server(code, ctx, block_id=block.id)
    except Exception as exc:  # bot code may fail in any way
        if options.is_code:
            ctx.set_variable(options.save_error_in_variable_id, str(exc), block_id=block.id)
        return await ctx.substitute(expression)


# Values from the session and the clock -------------------------------------------------------


def _value(compute: Callable[[TurnContext], object]) -> Handler:
    """A handler writing ``compute(ctx)`` to the block's variable."""

    async def handler(block: SetVariableBlock, ctx: TurnContext) -> None:
        ctx.set_variable(block.options.variable_id, compute(ctx), block_id=block.id)

    return handler


def _result_id(ctx: TurnContext) -> str:
    return ctx.result_id or ctx.ports.new_id()


def _utc_now(ctx: TurnContext) -> datetime:
    now = ctx.ports.now()
    return (now if now.tzinfo else now.replace(tzinfo=UTC)).astimezone(UTC)


def iso_utc(moment: datetime) -> str:
    """JavaScript's ``toISOString``: UTC, milliseconds, ``Z``."""
    moment = moment.astimezone(UTC)
    return f"{moment:%Y-%m-%dT%H:%M:%S}.{moment.microsecond // 1000:03d}Z"


def iso_in_zone(moment: datetime, zone: ZoneInfo) -> str:
    """``yyyy-MM-dd'T'HH:mm:ssXXX`` in ``zone``: no milliseconds, ``Z`` for a zero offset."""
    local = moment.astimezone(zone)
    offset = local.utcoffset() or timedelta()
    if not offset:
        return f"{local:%Y-%m-%dT%H:%M:%S}Z"
    sign = "-" if offset < timedelta() else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"{local:%Y-%m-%dT%H:%M:%S}{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def _shifted_now(days: int) -> Handler:
    """Now moved by ``days``, in ``timeZone`` when it names a zone, else as UTC ISO text."""

    async def handler(block: SetVariableBlock, ctx: TurnContext) -> None:
        moment = _utc_now(ctx) + timedelta(days=days)
        zone = _zone(await ctx.substitute(block.options.time_zone))
        value = iso_utc(moment) if zone is None else iso_in_zone(moment, zone)
        ctx.set_variable(block.options.variable_id, value, block_id=block.id)

    return handler


def _zone(name: str) -> ZoneInfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _transcript(ctx: TurnContext) -> str:
    """The conversation as ``Assistant: "…"`` / ``User: "…"`` lines, blank lines between.

    Sessions of bots with a Transcript block keep the conversation; a session made before
    that (an updated bot) only knows the visitor's answers.
    """
    lines = ctx.state.transcript
    if lines is None:
        return "\n\n".join(f'User: "{answer.value}"' for answer in ctx.frame.answers)
    roles = {"bot": "Assistant", "user": "User"}
    return "\n\n".join(f'{roles[line.role]}: "{line.text}"' for line in lines)


async def _set_transcript(block: SetVariableBlock, ctx: TurnContext) -> None:
    variable_id = block.options.variable_id
    ctx.set_variable(variable_id, _transcript(ctx), block_id=block.id)
    # A transcript is chat content: it is kept out of results, like a session variable.
    ctx.replace_variables(_as_session_variable(ctx.variables, variable_id))


def _as_session_variable(store: VariableStore, variable_id: str | None) -> VariableStore:
    return VariableStore(
        tuple(
            v.model_copy(update={"is_session_variable": True}) if v.id == variable_id else v
            for v in store.variables
        )
    )


# Lists ----------------------------------------------------------------------------------------


async def _append(block: SetVariableBlock, ctx: TurnContext) -> None:
    item = await ctx.substitute(block.options.item)
    ctx.append_variable(block.options.variable_id, item, block_id=block.id)


async def _map_item(block: SetVariableBlock, ctx: TurnContext) -> None:
    """The target list's item at the index of the base item in the base list (else null)."""
    params = block.options.map_list_item_params
    base_list = ctx.value_of(params.base_list_variable_id)
    target_list = ctx.value_of(params.target_list_variable_id)
    item = ctx.value_of(params.base_item_variable_id)
    value = None
    if isinstance(base_list, list) and isinstance(target_list, list) and item in base_list:
        index = base_list.index(item)
        value = target_list[index] if index < len(target_list) else None
    ctx.set_variable(block.options.variable_id, value, block_id=block.id)


def _remove_item(index: int) -> Handler:
    """Remove the list item at ``index`` (Pop: -1, Shift: 0) and save it; a non-list
    becomes an empty list."""

    async def handler(block: SetVariableBlock, ctx: TurnContext) -> None:
        options = block.options
        current = ctx.value_of(options.variable_id)
        if not isinstance(current, list):
            ctx.set_variable(options.variable_id, [], block_id=block.id)
            return
        rest = list(current)
        item = rest.pop(index) if rest else None
        ctx.set_variable(options.variable_id, rest, block_id=block.id)
        ctx.set_variable(options.save_item_in_variable_id, item, block_id=block.id)

    return handler


_HANDLERS: dict[SetVariableType, Handler] = {
    SetVariableType.CUSTOM: _custom,
    SetVariableType.EMPTY: _value(lambda _ctx: None),
    SetVariableType.APPEND_VALUES: _append,
    SetVariableType.ENVIRONMENT_NAME: _value(lambda _ctx: ENVIRONMENT_NAME),
    SetVariableType.TRANSCRIPT: _set_transcript,
    SetVariableType.USER_ID: _value(_result_id),
    SetVariableType.RESULT_ID: _value(_result_id),
    SetVariableType.NOW: _shifted_now(0),
    SetVariableType.YESTERDAY: _shifted_now(-1),
    SetVariableType.TOMORROW: _shifted_now(1),
    SetVariableType.TODAY: _value(lambda ctx: iso_utc(_utc_now(ctx))),
    SetVariableType.RANDOM_ID: _value(lambda ctx: ctx.ports.new_id()),
    SetVariableType.MAP_ITEM_WITH_SAME_INDEX: _map_item,
    SetVariableType.POP: _remove_item(-1),
    SetVariableType.SHIFT: _remove_item(0),
}
"""The server-side types. The WhatsApp-only ones (phone number, contact name, referral ids)
have no value on the web and leave the variable as it is."""
