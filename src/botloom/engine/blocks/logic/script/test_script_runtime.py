"""Tests of the script block's runner and of the shared bot-code helpers."""

from collections.abc import Mapping
from typing import Any

import pytest

from botloom.engine.blocks.logic.script.execute import execute, js_arg, prepare_script
from botloom.engine.blocks.logic.script.schema import ScriptBlock
from botloom.engine.blocks.testing import make_context
from botloom.engine.js import JsSandbox
from botloom.engine.runtime import CONTINUE, TurnContext
from botloom.engine.variables import VariableValue

DOCUMENT = {
    "variables": [
        {"id": "v_name", "name": "Name"},
        {"id": "v_score", "name": "Score"},
        {"id": "v_list", "name": "List"},
    ]
}
VARIABLES = {"Name": "Ann", "Score": "10", "List": ["a", None]}


class FakeJs:
    """A JS runner without ``set_variable_calls``, failing on demand."""

    def __init__(self, error: str | None = None) -> None:
        self.error = error
        self.runs: list[tuple[str, dict[str, object]]] = []

    async def evaluate_expression(
        self, expression: str, globals_: Mapping[str, object] | None = None
    ) -> object:
        raise AssertionError("not used by scripts")

    async def run_function_body(
        self, code: str, globals_: Mapping[str, object] | None = None
    ) -> object:
        self.runs.append((code, dict(globals_ or {})))
        if self.error is not None:
            raise RuntimeError(self.error)
        return None


def script_block(**options: Any) -> ScriptBlock:
    return ScriptBlock.model_validate({"id": "s", "type": "Code", "options": options})


def values(ctx: TurnContext) -> dict[str, VariableValue]:
    return {v.name: v.value for v in ctx.variables.variables}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("10", 10),
        ("1.5", 1.5),
        ("012", "012"),
        ("+33", "+33"),
        ("true", True),
        ("null", None),
        ("undefined", None),
        ("text", "text"),
        (["a", None], ["a", None]),
        (None, None),
    ],
)
def test_js_arg_guesses_types(value: VariableValue, expected: object) -> None:
    assert js_arg(value) == expected


def test_prepare_script_replaces_references_by_ids() -> None:
    ctx = make_context(DOCUMENT, variables=VARIABLES)
    script = prepare_script("f({{Score}}, {{Name}}, {{Score}}, {{Nope}}, ${{List}})", ctx.variables)
    assert script.content == "f(v_score, v_name, v_score, , $v_list)"
    assert script.to_action(isUnsafe=True) == {
        "content": "f(v_score, v_name, v_score, , $v_list)",
        "args": [
            {"id": "v_score", "value": 10},
            {"id": "v_name", "value": "Ann"},
            {"id": "v_list", "value": ["a", None]},
        ],
        "isUnsafe": True,
    }


@pytest.mark.parametrize(
    ("options", "actions"),
    [
        (
            {"content": "alert({{Name}})"},
            [
                {
                    "type": "scriptToExecute",
                    "scriptToExecute": {
                        "content": "alert(v_name)",
                        "args": [{"id": "v_name", "value": "Ann"}],
                    },
                }
            ],
        ),
        (
            {"content": "go()", "isUnsafe": True, "isExecutedOnClient": True},
            [
                {
                    "type": "scriptToExecute",
                    "scriptToExecute": {"content": "go()", "args": [], "isUnsafe": True},
                }
            ],
        ),
        ({}, []),
        ({"content": ""}, []),
    ],
)
async def test_client_scripts_become_actions(
    options: dict[str, Any], actions: list[dict[str, Any]]
) -> None:
    ctx = make_context(DOCUMENT, variables=VARIABLES)
    result = await execute(script_block(**options), ctx)
    assert result.client_side_actions == actions
    assert not result.pause
    assert result.outgoing_edge_id is CONTINUE


async def test_server_script_runs_with_referenced_variables() -> None:
    js = FakeJs()
    ctx = make_context(DOCUMENT, variables=VARIABLES, js=js)
    result = await execute(
        script_block(content="log({{Score}}, {{List}})", isExecutedOnClient=False), ctx
    )
    assert js.runs == [("log(v_score, v_list)", {"v_score": 10, "v_list": ["a", None]})]
    assert result.client_side_actions == []
    assert ctx.logs == []


@pytest.mark.parametrize(
    ("js", "details"),
    [
        (FakeJs(error="ReferenceError: log is not defined"), "ReferenceError: log is not defined"),
        (None, "no JavaScript runner"),
    ],
)
async def test_server_script_failure_is_logged(js: FakeJs | None, details: str) -> None:
    ctx = make_context(DOCUMENT, variables=VARIABLES, js=js)
    result = await execute(script_block(content="log(1)", isExecutedOnClient=False), ctx)
    assert result.outgoing_edge_id is CONTINUE
    assert [(log.status, log.description, log.details) for log in ctx.logs] == [
        ("error", "Script block failed", details)
    ]


async def test_server_script_set_variable_calls_are_applied() -> None:
    async with JsSandbox() as js:
        ctx = make_context(DOCUMENT, variables=VARIABLES, js=js)
        await execute(
            script_block(
                content="setVariable('Name', {{Name}} + '!'); setVariable('List', [{{Score}} * 2])",
                isExecutedOnClient=False,
            ),
            ctx,
        )
    assert values(ctx) == {"Score": "10", "Name": "Ann!", "List": ["20"]}
