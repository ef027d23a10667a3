"""Tests of the time input's document model."""

from typing import Any

import pytest
from pydantic import ValidationError

from botloom.engine.blocks.inputs.time_input.schema import TimeInputBlock

MINIMAL: dict[str, Any] = {"id": "b1", "type": "time input"}


def test_defaults_when_options_are_absent() -> None:
    block = TimeInputBlock.model_validate(MINIMAL)
    assert block.options.labels.button == "Send"
    assert block.options.format == "HH:mm"


@pytest.mark.parametrize(
    "raw",
    [
        MINIMAL,
        {
            **MINIMAL,
            "options": {"variableId": "v1", "labels": {"button": "OK"}, "format": "hh:mm a"},
        },
    ],
)
def test_round_trip(raw: dict[str, Any]) -> None:
    assert TimeInputBlock.model_validate(raw).model_dump(mode="json", exclude_unset=True) == raw


@pytest.mark.parametrize(
    "invalid",
    [
        {"options": {"format": 24}},
    ],
)
def test_rejects_invalid_values(invalid: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        TimeInputBlock.model_validate({**MINIMAL, **invalid})
