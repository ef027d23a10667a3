"""Tests of how an AI block's functions are described to the model and run for it."""

import json
from typing import Any

import pytest

from botloom.integrations.llm.functions import (
    FunctionRunner,
    call_arguments,
    callable_functions,
    parameters_schema,
    result_text,
)
from botloom.integrations.llm.options import BlockFunction, FunctionParameter
from botloom.integrations.llm.types import ToolCall
from botloom.integrations.plugins.base import ActionContext
from botloom.schema.variables import Variable
from botloom.settings import Settings


def test_parameters_schema_skips_half_filled_parameters() -> None:
    parameters = [
        FunctionParameter.model_validate(raw)
        for raw in [
            {"type": "string", "name": "city", "description": "Where", "required": True},
            {"type": "enum", "name": "unit", "values": ["C", "F"]},
            {"type": "boolean", "name": "detailed"},
            {"name": "no type"},
            {"type": "number"},
        ]
    ]
    assert parameters_schema(parameters) == {
        "type": "object",
        "properties": {
            "city": {"type": "string", "description": "Where"},
            "unit": {"type": "string", "enum": ["C", "F"]},
            "detailed": {"type": "boolean"},
        },
        "required": ["city"],
    }


def test_only_named_functions_with_code_are_offered() -> None:
    functions = [
        BlockFunction.model_validate(raw)
        for raw in [
            {"type": "function", "name": "a", "code": "return 1"},
            {"name": "b", "code": "return 2"},
            {"type": "function", "name": "c"},
            {"type": "function", "code": "return 3"},
            {},
        ]
    ]
    assert [f.name for f in callable_functions(functions)] == ["a", "b"]


@pytest.mark.parametrize(
    ("value", "text"),
    [("plain", "plain"), (5, "5"), (None, "null"), ({"a": [1, "é"]}, '{"a": [1, "é"]}')],
)
def test_results_are_sent_as_text(value: object, text: str) -> None:
    assert result_text(value) == text


def test_arguments_must_be_an_object() -> None:
    assert call_arguments('{"a": 1}') == {"a": 1}
    assert call_arguments("  ") == {}
    with pytest.raises(ValueError, match="not a JSON object"):
        call_arguments("[1]")
    with pytest.raises(json.JSONDecodeError):
        call_arguments("{oops")


async def test_without_a_sandbox_the_model_is_told_and_the_result_logged() -> None:
    ctx: ActionContext[Any, Any] = ActionContext(
        options=BlockFunction(),
        credentials=None,
        variables=[Variable(id="v1", name="City")],
        settings=Settings(),
    )
    runner = FunctionRunner(ctx, [BlockFunction(name="f", code="return 1")])
    tools = runner.tools()
    assert tools is not None
    async with runner:
        answer = await tools.call(ToolCall("call_1", "f", "{}"))
    assert answer == "Error: JavaScript is not available here"
    assert [(log.description, log.details) for log in ctx.outcome.logs] == [
        ("Function f failed", "JavaScript is not available here")
    ]
    assert FunctionRunner(ctx, []).tools() is None
