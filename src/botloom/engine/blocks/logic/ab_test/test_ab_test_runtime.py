"""Tests of the A/B test block's runner."""

from dataclasses import replace
from typing import Any

import pytest

from botloom.engine.blocks.logic.ab_test.execute import execute
from botloom.engine.blocks.logic.ab_test.schema import AbTestBlock
from botloom.engine.blocks.testing import make_context
from botloom.engine.runtime import CONTINUE

CONNECTED = [
    {"id": "a", "path": "a", "outgoingEdgeId": "e_a"},
    {"id": "b", "path": "b", "outgoingEdgeId": "e_b"},
]


@pytest.mark.parametrize(
    ("draw", "options", "items", "expected"),
    [
        (0.49, {}, CONNECTED, "e_a"),
        (0.5, {}, CONNECTED, "e_b"),
        (0.19, {"aPercent": 20}, CONNECTED, "e_a"),
        (0.2, {"aPercent": 20}, CONNECTED, "e_b"),
        (0.0, {"aPercent": 0}, CONNECTED, "e_b"),
        (0.999, {"aPercent": 100}, CONNECTED, "e_a"),
        (0.1, {}, [{"id": "a", "path": "a"}, CONNECTED[1]], CONTINUE),
        (0.9, {}, [], CONTINUE),
    ],
)
async def test_draw_picks_a_path(
    draw: float, options: dict[str, Any], items: list[Any], expected: object
) -> None:
    ctx = make_context({})
    ctx.ports = replace(ctx.ports, random=lambda: draw)
    block = AbTestBlock.model_validate(
        {"id": "b", "type": "AB test", "items": items, "options": options}
    )
    assert (await execute(block, ctx)).outgoing_edge_id == expected
