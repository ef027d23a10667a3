"""Tests of the set variable block's runner."""

from collections.abc import Mapping
from typing import Any

import pytest

from botloom.engine.blocks.logic.set_variable.execute import (
    DEVICE_TYPE_SCRIPT,
    MOMENT_OF_THE_DAY_SCRIPT,
    execute,
    resume,
)
from botloom.engine.blocks.logic.set_variable.schema import SetVariableBlock
from botloom.engine.blocks.testing import make_context
from botloom.engine.js import JsSandbox
from botloom.engine.runtime import CONTINUE, Reply, TurnContext
from botloom.engine.state import ChatAnswer
from botloom.engine.variables import VariableValue

NAMES = ("Target", "Err", "Name", "Score", "List", "Item", "Names", "Ages", "Zone", "Code")
DOCUMENT = {"variables": [{"id": f"v_{name.lower()}", "name": name} for name in NAMES]}


class FakeJs:
    """A JS runner returning a set result (or raising), recording what it was given."""

    def __init__(
        self,
        result: object = None,
        error: str | None = None,
        calls: list[tuple[str, object]] | None = None,
    ) -> None:
        self.result = result
        self.error = error
        self.calls = calls or []
        self.runs: list[tuple[str, dict[str, object]]] = []
        self.set_variable_calls: list[tuple[str, object]] = []

    async def evaluate_expression(
        self, expression: str, globals_: Mapping[str, object] | None = None
    ) -> object:
        raise AssertionError("not used by set variable")

    async def run_function_body(
        self, code: str, globals_: Mapping[str, object] | None = None
    ) -> object:
        self.runs.append((code, dict(globals_ or {})))
        self.set_variable_calls = list(self.calls)
        if self.error is not None:
            raise RuntimeError(self.error)
        return self.result


def block(**options: Any) -> SetVariableBlock:
    return SetVariableBlock.model_validate(
        {"id": "sv", "type": "Set variable", "options": {"variableId": "v_target", **options}}
    )


def values(ctx: TurnContext) -> dict[str, VariableValue]:
    return {v.name: v.value for v in ctx.variables.variables}


async def run(
    options: dict[str, Any],
    variables: dict[str, object] | None = None,
    *,
    js: FakeJs | None = None,
    preview: bool = False,
) -> TurnContext:
    ctx = make_context(DOCUMENT, variables=variables, js=js, preview=preview)
    result = await execute(block(**options), ctx)
    assert result.outgoing_edge_id is CONTINUE
    assert result.client_side_actions == []
    assert not result.pause
    return ctx


@pytest.mark.parametrize(
    ("options", "variables", "expected"),
    [
        ({"type": "Empty"}, {"Target": "x"}, {"Target": None}),
        ({"type": "Append value(s)", "item": "{{Name}}"}, {"Name": "Ann"}, {"Target": ["Ann"]}),
        (
            {"type": "Append value(s)", "item": "{{Name}}"},
            {"Name": "Ann", "Target": "a"},
            {"Target": ["a", "Ann"]},
        ),
        (
            {"type": "Append value(s)", "item": "{{Name}}"},
            {"Name": "Ann", "Target": ["a", "b"]},
            {"Target": ["a", "b", "Ann"]},
        ),
        ({"type": "Environment name"}, {}, {"Target": "web"}),
        ({"type": "Result ID"}, {}, {"Target": "r1"}),
        ({"type": "User ID"}, {}, {"Target": "r1"}),
        ({"type": "Now"}, {}, {"Target": "2024-01-15T12:00:00.000Z"}),
        ({"type": "Today"}, {}, {"Target": "2024-01-15T12:00:00.000Z"}),
        ({"type": "Yesterday"}, {}, {"Target": "2024-01-14T12:00:00.000Z"}),
        (
            {"type": "Tomorrow", "timeZone": "Europe/Paris"},
            {},
            {"Target": "2024-01-16T13:00:00+01:00"},
        ),
        (
            {"type": "Now", "timeZone": "America/New_York"},
            {},
            {"Target": "2024-01-15T07:00:00-05:00"},
        ),
        ({"type": "Now", "timeZone": "Asia/Kolkata"}, {}, {"Target": "2024-01-15T17:30:00+05:30"}),
        ({"type": "Now", "timeZone": "UTC"}, {}, {"Target": "2024-01-15T12:00:00Z"}),
        (
            {"type": "Now", "timeZone": "{{Zone}}"},
            {"Zone": "Asia/Tokyo"},
            {"Target": "2024-01-15T21:00:00+09:00"},
        ),
        ({"type": "Now", "timeZone": "Mars/Base"}, {}, {"Target": "2024-01-15T12:00:00.000Z"}),
        ({"type": "Random ID"}, {}, {"Target": "id1"}),
        (
            {
                "type": "Map item with same index",
                "mapListItemParams": {
                    "baseItemVariableId": "v_name",
                    "baseListVariableId": "v_names",
                    "targetListVariableId": "v_ages",
                },
            },
            {"Name": "b", "Names": ["a", "b", "c"], "Ages": ["1", "2", "3"]},
            {"Target": "2"},
        ),
        (
            {
                "type": "Map item with same index",
                "mapListItemParams": {
                    "baseItemVariableId": "v_name",
                    "baseListVariableId": "v_names",
                    "targetListVariableId": "v_ages",
                },
            },
            {"Name": "z", "Names": ["a", "b"], "Ages": ["1", "2"], "Target": "old"},
            {"Target": None},
        ),
        (
            {"type": "Pop", "saveItemInVariableId": "v_item"},
            {"Target": ["a", "b", "c"]},
            {"Target": ["a", "b"], "Item": "c"},
        ),
        (
            {"type": "Shift", "saveItemInVariableId": "v_item"},
            {"Target": ["a", "b", "c"]},
            {"Target": ["b", "c"], "Item": "a"},
        ),
        (
            {"type": "Pop", "saveItemInVariableId": "v_item"},
            {"Target": [], "Item": "x"},
            {"Target": [], "Item": None},
        ),
        (
            {"type": "Shift", "saveItemInVariableId": "v_item"},
            {"Target": "abc", "Item": "x"},
            {"Target": [], "Item": "x"},
        ),
        ({"type": "Phone number"}, {"Target": "x"}, {"Target": "x"}),
        ({"type": "Contact name"}, {}, {"Target": None}),
        (
            {"type": "Custom", "expressionToEvaluate": "{{List}}"},
            {"List": ["a", "b"]},
            {"Target": ["a", "b"]},
        ),
        ({"expressionToEvaluate": "{{Code}}"}, {"Code": "012"}, {"Target": "012"}),
        ({"expressionToEvaluate": "{{Missing}}"}, {"Target": "x"}, {"Target": None}),
        ({"expressionToEvaluate": "Hello {{Name}}"}, {"Name": "Ann"}, {"Target": "Hello Ann"}),
        ({}, {"Target": "x"}, {"Target": None}),
    ],
)
async def test_server_side_types(
    options: dict[str, Any], variables: dict[str, object], expected: dict[str, VariableValue]
) -> None:
    ctx = await run(options, variables)
    assert {name: values(ctx)[name] for name in expected} == expected


async def test_without_variable_nothing_is_written() -> None:
    ctx = make_context(DOCUMENT, variables={"Target": "x"})
    raw = SetVariableBlock.model_validate(
        {"id": "sv", "type": "Set variable", "options": {"type": "Empty"}}
    )
    result = await execute(raw, ctx)
    assert result.outgoing_edge_id is CONTINUE
    assert values(ctx)["Target"] == "x"


@pytest.mark.parametrize("kind", ["User ID", "Result ID"])
async def test_ids_in_preview_are_random(kind: str) -> None:
    ctx = make_context(DOCUMENT, preview=True)
    ctx.frame.result_id = None
    await execute(block(type=kind), ctx)
    assert values(ctx)["Target"] == "id1"


@pytest.mark.parametrize(
    ("options", "variables", "js", "expected", "runs"),
    [
        (
            {"expressionToEvaluate": "{{Score}} + 5"},
            {"Score": "10"},
            FakeJs(result=15),
            {"Target": "15", "Err": None},
            [("return v_score + 5", {"v_score": 10})],
        ),
        (
            {"expressionToEvaluate": "return [{{Name}}, {{Score}}, {{List}}]", "isCode": True},
            {"Name": "012", "Score": "true", "List": ["a", None]},
            FakeJs(result=[1, {"a": 1}]),
            {"Target": ["1", '{"a":1}']},
            [
                (
                    "return [v_name, v_score, v_list]",
                    {"v_name": "012", "v_score": True, "v_list": ["a", None]},
                )
            ],
        ),
        (
            {"expressionToEvaluate": "{{Zone}} ?? 1"},
            {"Zone": "undefined"},
            FakeJs(result=None),
            {"Target": None},
            [("return v_zone ?? 1", {"v_zone": None})],
        ),
        (
            {"expressionToEvaluate": "Promoter", "saveErrorInVariableId": "v_err"},
            {},
            FakeJs(error="ReferenceError: Promoter is not defined"),
            {"Target": "Promoter", "Err": None},
            [("return Promoter", {})],
        ),
        (
            {
                "expressionToEvaluate": "f({{Name}})",
                "isCode": True,
                "saveErrorInVariableId": "v_err",
            },
            {"Name": "Ann"},
            FakeJs(error="ReferenceError: f is not defined"),
            {"Target": "f(Ann)", "Err": "ReferenceError: f is not defined"},
            [("return f(v_name)", {"v_name": "Ann"})],
        ),
        (
            {"expressionToEvaluate": "setVariable('Name', 'Bob'); return 1", "isCode": True},
            {"Name": "Ann"},
            FakeJs(result=1, calls=[("Name", "Bob"), ("Unknown", "x")]),
            {"Target": "1", "Name": "Bob"},
            [("setVariable('Name', 'Bob'); return 1", {})],
        ),
        ({"expressionToEvaluate": "012"}, {}, FakeJs(result=10), {"Target": "012"}, []),
        ({"expressionToEvaluate": "{{List}}"}, {"List": ["a"]}, FakeJs(), {"Target": ["a"]}, []),
    ],
)
async def test_custom_runs_as_javascript(
    options: dict[str, Any],
    variables: dict[str, object],
    js: FakeJs,
    expected: dict[str, VariableValue],
    runs: list[tuple[str, dict[str, object]]],
) -> None:
    ctx = await run(options, variables, js=js)
    assert {name: values(ctx)[name] for name in expected} == expected
    assert js.runs == runs


SCRIPT_SETTING = {
    "type": "setVariable",
    "expectsDedicatedReply": True,
}


@pytest.mark.parametrize(
    ("options", "script"),
    [
        (
            {
                "isExecutedOnClient": True,
                "isCode": True,
                "expressionToEvaluate": "document.location.origin",
            },
            {"content": "document.location.origin", "args": [], "isCode": True},
        ),
        (
            {
                "isExecutedOnClient": True,
                "expressionToEvaluate": "{{Score}} * {{Score}} + {{Name}}",
                "isUnsafe": True,
            },
            {
                "content": "v_score * v_score + v_name",
                "args": [{"id": "v_score", "value": 10}, {"id": "v_name", "value": "Ann"}],
                "isCode": False,
                "isUnsafe": True,
            },
        ),
        ({"type": "Device type"}, {"content": DEVICE_TYPE_SCRIPT, "args": [], "isCode": True}),
        (
            {"type": "Moment of the day"},
            {"content": MOMENT_OF_THE_DAY_SCRIPT, "args": [], "isCode": True},
        ),
    ],
)
async def test_client_side_values_pause_on_a_set_variable_action(
    options: dict[str, Any], script: dict[str, Any]
) -> None:
    ctx = make_context(DOCUMENT, variables={"Score": "10", "Name": "Ann"})
    result = await execute(block(**options), ctx)
    assert result.client_side_actions == [
        {**SCRIPT_SETTING, "setVariable": {"scriptToExecute": script}}
    ]
    assert result.pause
    assert values(ctx)["Target"] is None


async def test_client_side_flag_is_ignored_for_other_types() -> None:
    ctx = await run(
        {"type": "Environment name", "isExecutedOnClient": True, "expressionToEvaluate": "x"}
    )
    assert values(ctx)["Target"] == "web"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("http://localhost:3001", "http://localhost:3001"),
        ('["a","b"]', ["a", "b"]),
        ("12", "12"),
        ('{"a": 1}', '{"a":1}'),
        ("NaN", "NaN"),
        ('"quoted"', "quoted"),
        ("", "before"),
    ],
)
async def test_resume_stores_the_client_result(text: str, expected: VariableValue) -> None:
    ctx = make_context(DOCUMENT, variables={"Target": "before"})
    await resume(block(type="Device type"), Reply(text=text), ctx)
    assert values(ctx)["Target"] == expected


async def test_transcript_lists_the_answers_and_is_kept_out_of_results() -> None:
    ctx = make_context(DOCUMENT)
    ctx.frame.answers = [ChatAnswer(key="Name", value="hey"), ChatAnswer(key="Q", value='say "hi"')]
    await execute(block(type="Transcript"), ctx)
    target = ctx.variables.get("v_target")
    assert target is not None
    assert target.value == 'User: "hey"\n\nUser: "say "hi""'
    assert target.is_session_variable is True
    assert ctx.variables.to_json()[-1] == {
        "id": "v_target",
        "name": "Target",
        "value": 'User: "hey"\n\nUser: "say "hi""',
        "isSessionVariable": True,
    }


async def test_writes_are_recorded_for_history_with_the_block_id() -> None:
    ctx = make_context(DOCUMENT)
    # As if the bot showed {{Target}} somewhere: history keeps only variables the visitor sees.
    ctx.bot.memo["history_variable_ids"] = {"v_target"}
    await execute(block(type="Environment name"), ctx)
    assert [(r.variable_id, r.block_id, r.value) for r in ctx.records.set_variables] == [
        ("v_target", "sv", "web")
    ]


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("{{Score}} + 5", "15"),
        ("Promoter", "Promoter"),
        ("2f584d1ffe2b7fb082dd4e05038e9bd7", "2f584d1ffe2b7fb082dd4e05038e9bd7"),
        ("https://image.tmdb.org/t/p/w185{{Name}}", "https://image.tmdb.org/t/p/w185Ann"),
        ("\U0001f605", "\U0001f605"),
        ('{\n  "name": "John",\n  "age": 25\n}', '{"name":"John","age":25}'),
        ('return [\n  "Title 1",\n  "Title 2"\n]', ["Title 1", "Title 2"]),
        ("0", "0"),
        ("{{Name}}.length", "3"),
    ],
)
async def test_custom_with_the_real_sandbox(expression: str, expected: VariableValue) -> None:
    async with JsSandbox() as js:
        ctx = make_context(DOCUMENT, variables={"Score": "10", "Name": "Ann"}, js=js)
        await execute(block(expressionToEvaluate=expression), ctx)
    assert values(ctx)["Target"] == expected
