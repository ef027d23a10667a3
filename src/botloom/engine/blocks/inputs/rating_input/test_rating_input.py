"""Tests of the rating input's document model."""

from typing import Any

import pytest
from pydantic import ValidationError

from botloom.engine.blocks.inputs.rating_input.schema import RatingButtonType, RatingInputBlock

MINIMAL: dict[str, Any] = {"id": "b1", "type": "rating input"}


def test_defaults_when_options_are_absent() -> None:
    block = RatingInputBlock.model_validate(MINIMAL)
    assert block.options.button_type == RatingButtonType.NUMBERS
    assert block.options.length == 10
    assert block.options.starts_at == 0
    assert block.options.labels.button == "Send"
    assert block.options.custom_icon.is_enabled is False
    assert block.options.is_one_click_submit_enabled is False


@pytest.mark.parametrize(
    "raw",
    [
        MINIMAL,
        {
            **MINIMAL,
            "options": {
                "variableId": "v1",
                "buttonType": "Icons",
                "length": 5,
                "startsAt": 1,
                "labels": {"left": "Bad", "right": "Good"},
            },
        },
        {
            **MINIMAL,
            "options": {
                "startsAt": "{{Start}}",
                "customIcon": {"isEnabled": True, "svg": "<svg/>"},
            },
        },
    ],
)
def test_round_trip(raw: dict[str, Any]) -> None:
    assert RatingInputBlock.model_validate(raw).model_dump(mode="json", exclude_unset=True) == raw


@pytest.mark.parametrize(
    "invalid",
    [
        {"options": {"length": "ten"}},
        {"options": {"buttonType": "Stars"}},
    ],
)
def test_rejects_invalid_values(invalid: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        RatingInputBlock.model_validate({**MINIMAL, **invalid})
