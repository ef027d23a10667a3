"""Tests of the date input's document model."""

from typing import Any

import pytest
from pydantic import ValidationError

from botloom.engine.blocks.inputs.date_input.schema import DateInputBlock

MINIMAL: dict[str, Any] = {"id": "b1", "type": "date input"}


def test_defaults_when_options_are_absent() -> None:
    block = DateInputBlock.model_validate(MINIMAL)
    assert block.options.labels.button == "Send"
    assert block.options.labels.from_ == "From:"
    assert block.options.labels.to == "To:"
    assert block.options.labels.separator == "to"
    assert block.options.has_time is False
    assert block.options.is_range is False
    assert block.options.format is None


@pytest.mark.parametrize(
    "raw",
    [
        MINIMAL,
        {
            **MINIMAL,
            "options": {
                "variableId": "v1",
                "labels": {"from": "Start", "to": "End", "separator": "-"},
                "isRange": True,
                "hasTime": True,
                "format": "yyyy-MM-dd HH:mm",
                "min": "2024-01-01",
                "max": "{{Max}}",
            },
        },
    ],
)
def test_round_trip(raw: dict[str, Any]) -> None:
    assert DateInputBlock.model_validate(raw).model_dump(mode="json", exclude_unset=True) == raw


@pytest.mark.parametrize(
    "invalid",
    [
        {"options": {"hasTime": "sometimes"}},
        {"options": {"labels": {"from": 1}}},
    ],
)
def test_rejects_invalid_values(invalid: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        DateInputBlock.model_validate({**MINIMAL, **invalid})


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({}, "dd/MM/yyyy"),
        ({"hasTime": True}, "dd/MM/yyyy HH:mm"),
        ({"hasTime": True, "format": "yyyy-MM-dd"}, "yyyy-MM-dd"),
    ],
)
def test_effective_format(options: dict[str, Any], expected: str) -> None:
    block = DateInputBlock.model_validate({**MINIMAL, "options": options})
    assert block.options.effective_format == expected
