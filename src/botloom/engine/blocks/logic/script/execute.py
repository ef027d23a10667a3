"""Runs the script block (type ``Code``), and the helpers every block running bot code shares.

Bot code names variables as ``{{Name}}``; before it runs, each reference is replaced by the
variable's id, and the referenced variables are passed under their ids (as client action
``args``, or as sandbox globals) with the JavaScript type their text looks like.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from botloom.engine.blocks.logic.script.schema import ScriptBlock
from botloom.engine.runtime import BlockResult, TurnContext
from botloom.engine.variables import UNDEFINED, VariableStore, VariableValue, guess_js_type

_REFERENCE = re.compile(r"\{\{([^{}]+)\}\}")

JsArg = str | bool | int | float | list[str | None] | None
"""A variable's value as bot code sees it."""


@runtime_checkable
class RecordsSetVariableCalls(Protocol):
    """A JS runner that keeps the ``setVariable(name, value)`` calls of its last run."""

    set_variable_calls: list[tuple[str, object]]


@dataclass(frozen=True)
class PreparedScript:
    """Bot code ready to run: references replaced by ids, and the values under those ids."""

    content: str
    args: Mapping[str, JsArg]

    def to_action(self, **extra: object) -> dict[str, Any]:
        """The ``scriptToExecute`` payload of a client action (``extra`` keys added as given)."""
        args = [{"id": key, "value": value} for key, value in self.args.items()]
        return {"content": self.content, "args": args, **extra}


def js_arg(value: VariableValue) -> JsArg:
    """A variable's value as bot code sees it: text as its guessed type, lists as they are.

    ``undefined`` cannot cross into the sandbox or a JSON response, so it is passed as null.
    """
    if not isinstance(value, str):
        return value
    guessed = guess_js_type(value)
    return None if guessed is UNDEFINED else guessed


def prepare_script(code: str, store: VariableStore) -> PreparedScript:
    """Replace ``{{Name}}`` by variable ids (unknown names by nothing) and collect the values
    of the referenced variables, in order of first reference."""
    args: dict[str, JsArg] = {}

    def replace(match: re.Match[str]) -> str:
        variable = store.get_by_name(match[1])
        if variable is None:
            return ""
        args.setdefault(variable.id, js_arg(variable.value))
        return variable.id

    return PreparedScript(_REFERENCE.sub(replace, code), args)


async def run_on_server(code: str, ctx: TurnContext, *, block_id: str) -> object:
    """Run bot code in the sandbox as a function body and return what it returns.

    The code's ``setVariable(name, value)`` calls are applied afterwards, by variable name.

    Raises:
        RuntimeError: when the session has no JavaScript runner.
        Exception: whatever the runner raises when the code fails.
    """
    runner = ctx.ports.js
    if runner is None:
        raise RuntimeError("no JavaScript runner")
    script = prepare_script(code, ctx.variables)
    result = await runner.run_function_body(script.content, script.args)
    if isinstance(runner, RecordsSetVariableCalls):
        for name, value in runner.set_variable_calls:
            variable = ctx.variables.get_by_name(name)
            if variable is not None:
                ctx.set_variable(variable.id, value, block_id=block_id)
    return result


async def execute(block: ScriptBlock, ctx: TurnContext) -> BlockResult:
    """In the visitor's page: a ``scriptToExecute`` action, the flow goes on without waiting.
    On the server: the code runs in the sandbox; a failure is logged and the flow goes on."""
    options = block.options
    if not options.content:
        return BlockResult()
    if options.is_executed_on_client:
        extra = {} if options.is_unsafe is None else {"isUnsafe": options.is_unsafe}
        script = prepare_script(options.content, ctx.variables).to_action(**extra)
        return BlockResult(
            client_side_actions=[{"type": "scriptToExecute", "scriptToExecute": script}]
        )
    try:
        await run_on_server(options.content, ctx, block_id=block.id)
    except Exception as exc:  # bot code may fail in any way; the flow goes on
        ctx.log("Script block failed", details=str(exc))
    return BlockResult()
