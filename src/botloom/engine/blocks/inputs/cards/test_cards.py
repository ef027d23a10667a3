"""Tests of the cards input's document model."""

from typing import Any

import pytest
from pydantic import ValidationError

from botloom.engine.blocks.inputs.cards.schema import CardsBlock

MINIMAL: dict[str, Any] = {"id": "b1", "type": "cards"}


def test_defaults_when_options_are_absent() -> None:
    block = CardsBlock.model_validate(MINIMAL)
    assert block.items == []
    assert block.options.save_response_mapping == []


@pytest.mark.parametrize(
    "raw",
    [
        MINIMAL,
        {
            **MINIMAL,
            "items": [
                {
                    "id": "i1",
                    "imageUrl": None,
                    "title": "{{Titles}}",
                    "options": {
                        "internalValue": "x",
                        "displayCondition": {
                            "isEnabled": True,
                            "condition": {
                                "comparisons": [
                                    {"id": "c1", "variableId": "v1", "comparisonOperator": "Is set"}
                                ]
                            },
                        },
                    },
                    "paths": [{"id": "p1", "text": "Buy", "outgoingEdgeId": "e1"}],
                }
            ],
        },
        {
            **MINIMAL,
            "options": {
                "saveResponseMapping": [{"id": "m1", "field": "Title", "variableId": "v1"}]
            },
        },
    ],
)
def test_round_trip(raw: dict[str, Any]) -> None:
    assert CardsBlock.model_validate(raw).model_dump(mode="json", exclude_unset=True) == raw


@pytest.mark.parametrize(
    "invalid",
    [
        {"items": [{"id": "i1", "paths": [{"text": "no id"}]}]},
        {"options": {"saveResponseMapping": [{"field": "Price"}]}},
    ],
)
def test_rejects_invalid_values(invalid: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        CardsBlock.model_validate({**MINIMAL, **invalid})
