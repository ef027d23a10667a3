"""Tests of the wait block's runner."""

from typing import Any

import pytest

from botloom.engine.blocks.logic.wait.execute import execute, parse_float
from botloom.engine.blocks.logic.wait.schema import WaitBlock
from botloom.engine.blocks.testing import make_context
from botloom.engine.runtime import CONTINUE

DOCUMENT = {"variables": [{"id": "v_s", "name": "Seconds"}]}


@pytest.mark.parametrize(
    ("options", "actions", "pause"),
    [
        ({"secondsToWaitFor": "1"}, [{"type": "wait", "wait": {"secondsToWaitFor": 1}}], False),
        (
            {"secondsToWaitFor": "1.5s"},
            [{"type": "wait", "wait": {"secondsToWaitFor": 1.5}}],
            False,
        ),
        (
            {"secondsToWaitFor": "{{Seconds}}"},
            [{"type": "wait", "wait": {"secondsToWaitFor": 3}}],
            False,
        ),
        (
            {"secondsToWaitFor": "2", "shouldPause": True},
            [{"type": "wait", "wait": {"secondsToWaitFor": 2}, "expectsDedicatedReply": True}],
            True,
        ),
        ({"secondsToWaitFor": "soon"}, [], False),
        ({}, [], False),
    ],
)
async def test_wait_action(options: dict[str, Any], actions: list[Any], pause: bool) -> None:
    ctx = make_context(DOCUMENT, variables={"Seconds": "3"})
    block = WaitBlock.model_validate({"id": "b", "type": "Wait", "options": options})
    result = await execute(block, ctx)
    assert result.client_side_actions == actions
    assert result.pause is pause
    assert result.outgoing_edge_id is CONTINUE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3", 3.0),
        (" -2.5e1x", -25.0),
        (".5", 0.5),
        ("Infinity", float("inf")),
        ("x1", None),
        ("", None),
    ],
)
def test_parse_float_reads_a_leading_number(text: str, expected: float | None) -> None:
    assert parse_float(text) == expected
