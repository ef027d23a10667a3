"""Tests of the Google Analytics block's document model."""

from typing import Any

import pytest
from pydantic import ValidationError

from botloom.engine.blocks.integrations.google_analytics.schema import GoogleAnalyticsBlock

MINIMAL: dict[str, Any] = {"id": "b1", "type": "Google Analytics"}


def test_defaults_when_options_are_absent() -> None:
    block = GoogleAnalyticsBlock.model_validate(MINIMAL)
    assert block.options.tracking_id is None
    assert block.options.value is None


@pytest.mark.parametrize(
    "raw",
    [
        MINIMAL,
        {
            **MINIMAL,
            "options": {
                "trackingId": "G-1",
                "category": "c",
                "action": "a",
                "label": "l",
                "value": 3,
                "sendTo": "x",
            },
        },
        {**MINIMAL, "options": {"value": "{{Score}}"}},
    ],
)
def test_round_trip(raw: dict[str, Any]) -> None:
    assert (
        GoogleAnalyticsBlock.model_validate(raw).model_dump(mode="json", exclude_unset=True) == raw
    )


@pytest.mark.parametrize(
    "invalid",
    [
        {"options": {"value": [1]}},
        {"options": {"trackingId": 1}},
    ],
)
def test_rejects_invalid_values(invalid: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        GoogleAnalyticsBlock.model_validate({**MINIMAL, **invalid})
