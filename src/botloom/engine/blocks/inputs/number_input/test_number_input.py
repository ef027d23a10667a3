"""Tests of the number input's document model."""

from typing import Any

import pytest
from pydantic import ValidationError

from botloom.engine.blocks.inputs.number_input.schema import NumberInputBlock

MINIMAL: dict[str, Any] = {"id": "b1", "type": "number input"}


def test_defaults_when_options_are_absent() -> None:
    block = NumberInputBlock.model_validate(MINIMAL)
    assert block.options.labels.placeholder == "Type a number..."
    assert block.options.min is None
    assert block.options.style is None


@pytest.mark.parametrize(
    "raw",
    [
        MINIMAL,
        {
            **MINIMAL,
            "options": {
                "variableId": "v1",
                "min": 0,
                "max": "{{Max}}",
                "step": 0.5,
                "locale": "fr-FR",
                "style": "currency",
                "currency": "EUR",
            },
        },
        {**MINIMAL, "options": {"style": "unit", "unit": "kilogram"}},
    ],
)
def test_round_trip(raw: dict[str, Any]) -> None:
    assert NumberInputBlock.model_validate(raw).model_dump(mode="json", exclude_unset=True) == raw


@pytest.mark.parametrize(
    "invalid",
    [
        {"options": {"min": [0]}},
        {"options": {"style": "roman"}},
    ],
)
def test_rejects_invalid_values(invalid: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        NumberInputBlock.model_validate({**MINIMAL, **invalid})
