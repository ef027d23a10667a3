"""Tests of the set variable block's document model."""

from typing import Any

import pytest
from pydantic import ValidationError

from botloom.engine.blocks.logic.set_variable.schema import SetVariableBlock

MINIMAL: dict[str, Any] = {"id": "b1", "type": "Set variable"}


def test_defaults_when_options_are_absent() -> None:
    block = SetVariableBlock.model_validate(MINIMAL)
    assert block.options.type is None
    assert block.options.is_executed_on_client is False
    assert block.options.is_code is False
    assert block.options.map_list_item_params.base_list_variable_id is None


@pytest.mark.parametrize(
    "raw",
    [
        MINIMAL,
        {
            **MINIMAL,
            "outgoingEdgeId": "e1",
            "options": {
                "variableId": "v1",
                "expressionToEvaluate": "{{A}} + 1",
                "isCode": True,
                "saveErrorInVariableId": "v2",
            },
        },
        {**MINIMAL, "options": {"variableId": "v1", "type": "Now", "timeZone": "Europe/Paris"}},
        {
            **MINIMAL,
            "options": {
                "variableId": "v1",
                "type": "Map item with same index",
                "mapListItemParams": {
                    "baseItemVariableId": "v2",
                    "baseListVariableId": "v3",
                    "targetListVariableId": "v4",
                },
            },
        },
        {**MINIMAL, "options": {"variableId": "v1", "type": "Pop", "saveItemInVariableId": "v2"}},
    ],
)
def test_round_trip(raw: dict[str, Any]) -> None:
    assert SetVariableBlock.model_validate(raw).model_dump(mode="json", exclude_unset=True) == raw


@pytest.mark.parametrize(
    "invalid",
    [
        {"options": {"type": "Random number"}},
        {"options": {"isCode": "sometimes"}},
    ],
)
def test_rejects_invalid_values(invalid: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        SetVariableBlock.model_validate({**MINIMAL, **invalid})
