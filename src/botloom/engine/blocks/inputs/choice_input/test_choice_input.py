"""Tests of the buttons input's document model."""

from typing import Any

import pytest
from pydantic import ValidationError

from botloom.engine.blocks.inputs.choice_input.schema import ChoiceInputBlock

MINIMAL: dict[str, Any] = {"id": "b1", "type": "choice input"}


def test_defaults_when_options_are_absent() -> None:
    block = ChoiceInputBlock.model_validate(MINIMAL)
    assert block.items == []
    assert block.options.is_multiple_choice is False
    assert block.options.button_label == "Send"
    assert block.options.are_initial_search_buttons_visible is True


@pytest.mark.parametrize(
    "raw",
    [
        MINIMAL,
        {
            **MINIMAL,
            "items": [{"id": "i1", "content": "Yes", "value": "y", "outgoingEdgeId": "e1"}],
            "options": {"variableId": "v1", "isMultipleChoice": True},
        },
    ],
)
def test_round_trip(raw: dict[str, Any]) -> None:
    assert ChoiceInputBlock.model_validate(raw).model_dump(mode="json", exclude_unset=True) == raw


@pytest.mark.parametrize(
    "invalid",
    [
        {"items": [{"content": "no id"}]},
        {"options": {"isSearchable": "often"}},
    ],
)
def test_rejects_invalid_values(invalid: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        ChoiceInputBlock.model_validate({**MINIMAL, **invalid})
