"""Tests of the condition block's runner."""

from typing import Any

import pytest

from botloom.engine.blocks.logic.condition.execute import execute
from botloom.engine.blocks.logic.condition.schema import ConditionBlock
from botloom.engine.blocks.testing import make_context
from botloom.engine.runtime import CONTINUE

DOCUMENT = {"variables": [{"id": "v_age", "name": "Age"}, {"id": "v_limit", "name": "Limit"}]}


def item(item_id: str, edge: str | None, operator: str, value: str) -> dict[str, Any]:
    comparison = {"id": "c", "variableId": "v_age", "comparisonOperator": operator, "value": value}
    raw: dict[str, Any] = {"id": item_id, "content": {"comparisons": [comparison]}}
    if edge is not None:
        raw["outgoingEdgeId"] = edge
    return raw


ITEMS = [
    item("young", "e_young", "Less than", "20"),
    item("limit", None, "Equal to", "{{Limit}}"),
    item("old", "e_old", "Greater than", "20"),
]


@pytest.mark.parametrize(
    ("age", "expected"),
    [
        ("10", "e_young"),
        ("40", "e_old"),
        ("30", None),
        ("20", CONTINUE),
        (None, CONTINUE),
    ],
)
async def test_first_matching_item_picks_the_edge(age: str | None, expected: object) -> None:
    ctx = make_context(DOCUMENT, variables={"Age": age, "Limit": "30"})
    block = ConditionBlock.model_validate(
        {"id": "b", "type": "Condition", "items": ITEMS, "outgoingEdgeId": "e_else"}
    )
    assert (await execute(block, ctx)).outgoing_edge_id == expected


async def test_without_items_goes_on() -> None:
    ctx = make_context(DOCUMENT)
    block = ConditionBlock.model_validate({"id": "b", "type": "Condition"})
    result = await execute(block, ctx)
    assert result.outgoing_edge_id is CONTINUE
    assert result.client_side_actions == []
