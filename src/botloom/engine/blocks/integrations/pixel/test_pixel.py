"""Tests of the Pixel block's document model."""

from typing import Any

import pytest
from pydantic import ValidationError

from botloom.engine.blocks.integrations.pixel.schema import PixelBlock

MINIMAL: dict[str, Any] = {"id": "b1", "type": "Pixel"}


def test_defaults_when_options_are_absent() -> None:
    block = PixelBlock.model_validate(MINIMAL)
    assert block.options.pixel_id is None
    assert block.options.is_init_skip is False
    assert block.options.event_type is None
    assert block.options.params == []


@pytest.mark.parametrize(
    "raw",
    [
        MINIMAL,
        {
            **MINIMAL,
            "options": {
                "pixelId": "123",
                "eventType": "Purchase",
                "params": [
                    {"id": "p1", "key": "value", "value": "{{Total}}"},
                    {"id": "p2", "key": "num_items", "value": 2},
                ],
            },
        },
        {**MINIMAL, "options": {"eventType": "Custom", "name": "Quiz done", "isInitSkip": True}},
    ],
)
def test_round_trip(raw: dict[str, Any]) -> None:
    assert PixelBlock.model_validate(raw).model_dump(mode="json", exclude_unset=True) == raw


@pytest.mark.parametrize(
    "invalid",
    [
        {"options": {"eventType": "Checkout"}},
        {"options": {"params": [{"key": "no id"}]}},
    ],
)
def test_rejects_invalid_values(invalid: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        PixelBlock.model_validate({**MINIMAL, **invalid})
