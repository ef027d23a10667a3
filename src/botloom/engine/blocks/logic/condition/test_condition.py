"""Tests of the condition block's document model."""

from typing import Any

import pytest
from pydantic import ValidationError

from botloom.engine.blocks.logic.condition.schema import ConditionBlock
from botloom.schema.conditions import LogicalOperator

MINIMAL: dict[str, Any] = {"id": "b1", "type": "Condition"}


def test_defaults_when_options_are_absent() -> None:
    block = ConditionBlock.model_validate(MINIMAL)
    assert block.items == []


@pytest.mark.parametrize(
    "raw",
    [
        MINIMAL,
        {
            **MINIMAL,
            "outgoingEdgeId": "e0",
            "items": [
                {
                    "id": "i1",
                    "outgoingEdgeId": "e1",
                    "content": {
                        "logicalOperator": "OR",
                        "comparisons": [
                            {
                                "id": "c1",
                                "variableId": "v1",
                                "comparisonOperator": "Greater than",
                                "value": "3",
                            }
                        ],
                    },
                }
            ],
        },
    ],
)
def test_round_trip(raw: dict[str, Any]) -> None:
    assert ConditionBlock.model_validate(raw).model_dump(mode="json", exclude_unset=True) == raw


@pytest.mark.parametrize(
    "invalid",
    [
        {"items": [{"id": "i1", "content": {"logicalOperator": "XOR"}}]},
        {
            "items": [
                {
                    "id": "i1",
                    "content": {"comparisons": [{"id": "c1", "comparisonOperator": "Is bigger"}]},
                }
            ]
        },
        {"items": "i1"},
    ],
)
def test_rejects_invalid_values(invalid: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        ConditionBlock.model_validate({**MINIMAL, **invalid})


def test_item_condition_defaults_to_and() -> None:
    block = ConditionBlock.model_validate({**MINIMAL, "items": [{"id": "i1"}]})
    assert block.items[0].content.logical_operator == LogicalOperator.AND
