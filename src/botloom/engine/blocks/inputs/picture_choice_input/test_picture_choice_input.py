"""Tests of the picture choice input's document model."""

from typing import Any

import pytest
from pydantic import ValidationError

from botloom.engine.blocks.inputs.picture_choice_input.schema import PictureChoiceInputBlock

MINIMAL: dict[str, Any] = {"id": "b1", "type": "picture choice input"}


def test_defaults_when_options_are_absent() -> None:
    block = PictureChoiceInputBlock.model_validate(MINIMAL)
    assert block.items == []
    assert block.options.is_multiple_choice is False
    assert block.options.button_label == "Send"
    assert block.options.search_input_placeholder == "Filter the options..."
    assert block.options.dynamic_items.is_enabled is False


@pytest.mark.parametrize(
    "raw",
    [
        MINIMAL,
        {
            **MINIMAL,
            "items": [
                {
                    "id": "i1",
                    "pictureSrc": "https://a.b/p.png",
                    "title": "Dog",
                    "value": "dog",
                    "outgoingEdgeId": "e1",
                    "displayCondition": {"isEnabled": False},
                }
            ],
        },
        {
            **MINIMAL,
            "options": {
                "isMultipleChoice": True,
                "dynamicItems": {
                    "isEnabled": True,
                    "titlesVariableId": "v1",
                    "pictureSrcsVariableId": "v2",
                },
            },
        },
    ],
)
def test_round_trip(raw: dict[str, Any]) -> None:
    assert (
        PictureChoiceInputBlock.model_validate(raw).model_dump(mode="json", exclude_unset=True)
        == raw
    )


@pytest.mark.parametrize(
    "invalid",
    [
        {"items": [{"pictureSrc": "no id"}]},
        {"options": {"isSearchable": "often"}},
    ],
)
def test_rejects_invalid_values(invalid: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        PictureChoiceInputBlock.model_validate({**MINIMAL, **invalid})
