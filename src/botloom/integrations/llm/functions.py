"""Functions an AI block lets the model call, written by the bot's author in JavaScript.

A function has a name, a description, typed parameters and code. When the model asks for it,
the code runs in a sandbox of the server's worker pool (the Script block's, with its limits and
its guarded ``fetch``): each parameter is a variable of the script, ``{{Name}}`` reads a bot
variable, ``setVariable(name, value)`` writes one, and what the code returns (as text) goes back
to the model. A failing function answers the model with the error and leaves a log line; it
never fails the block.
"""

import json
from typing import Any

from botloom.engine.blocks.logic.script.execute import RecordsSetVariableCalls, prepare_script
from botloom.engine.variables import VariableStore, normalize_value
from botloom.integrations.llm.options import BlockFunction, FunctionParameter, ParameterType
from botloom.integrations.llm.types import ToolCall, Tools, ToolSpec
from botloom.integrations.plugins.base import ActionContext, ScriptSandbox

_MAX_RESULT_CHARS = 20_000
"""The most of a function's result sent to the model: a script may return a whole web page."""


def parameters_schema(parameters: list[FunctionParameter]) -> dict[str, Any]:
    """The JSON schema of a function's arguments object; parameters without a name or type
    are left out, as the builder leaves them half-filled."""
    properties: dict[str, Any] = {}
    required: list[str] = []
    for parameter in parameters:
        if not parameter.name or parameter.type is None:
            continue
        if parameter.type == ParameterType.ENUM:
            schema: dict[str, Any] = {"type": "string", "enum": parameter.values}
        else:
            schema = {"type": parameter.type.value}
        if parameter.description:
            schema["description"] = parameter.description
        properties[parameter.name] = schema
        if parameter.required:
            required.append(parameter.name)
    return {"type": "object", "properties": properties, "required": required}


def callable_functions(functions: list[BlockFunction]) -> list[BlockFunction]:
    """The functions that can be offered: named, with code (Typebot's tool items may also be
    empty placeholders)."""
    return [f for f in functions if f.name and f.code and f.type in (None, "function")]


def result_text(value: object) -> str:
    """What a function returned, as the text sent to the model."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text[:_MAX_RESULT_CHARS]


def call_arguments(arguments: str) -> dict[str, Any]:
    """The model's arguments text as an object; raises ``ValueError`` when it is not one."""
    value = json.loads(arguments) if arguments.strip() else {}
    if not isinstance(value, dict):
        raise ValueError("the arguments are not a JSON object")
    return value


class FunctionRunner:
    """Runs a block's functions for the model, in one sandbox opened at the first call and
    closed when the runner is left (``async with``)."""

    def __init__(self, ctx: ActionContext[Any, Any], functions: list[BlockFunction]) -> None:
        self._ctx = ctx
        self._functions = {f.name: f for f in callable_functions(functions) if f.name}
        self._sandbox: ScriptSandbox | None = None

    def tools(self, *, offered: bool = True) -> Tools | None:
        """The functions as a request's tools (``None`` without any); ``offered=False`` runs
        them without describing them to the model (an assistant knows its own)."""
        if not self._functions:
            return None
        specs = [
            ToolSpec(name, f.description, parameters_schema(f.parameters))
            for name, f in self._functions.items()
        ]
        return Tools(specs=specs if offered else [], call=self.call)

    async def __aenter__(self) -> "FunctionRunner":
        return self

    async def __aexit__(self, *_exc: object) -> None:
        if self._sandbox is not None:
            sandbox, self._sandbox = self._sandbox, None
            await sandbox.close()

    async def call(self, call: ToolCall) -> str:
        """The result of the function ``call`` asks for; an error is described to the model
        and logged on the result."""
        function = self._functions.get(call.name)
        try:
            if function is None or not function.code:
                raise LookupError(f"there is no function named {call.name!r}")
            arguments = call_arguments(call.arguments)
            return result_text(await self._run(function.code, arguments))
        except Exception as exc:  # bot code may fail in any way; the model is told
            self._ctx.log(f"Function {call.name} failed", details=str(exc))
            return f"Error: {exc}"

    async def _run(self, code: str, arguments: dict[str, Any]) -> object:
        if self._sandbox is None:
            if self._ctx.sandbox is None:
                raise RuntimeError("JavaScript is not available here")
            self._sandbox = self._ctx.sandbox()
        ctx = self._ctx
        store = VariableStore(tuple(ctx.variables))
        script = prepare_script(code, store)
        value = await self._sandbox.run_function_body(script.content, {**script.args, **arguments})
        if isinstance(self._sandbox, RecordsSetVariableCalls):
            for name, written in self._sandbox.set_variable_calls:
                variable = store.get_by_name(name)
                if variable is not None:
                    ctx.set_variable(variable.id, normalize_value(written))
        return value
