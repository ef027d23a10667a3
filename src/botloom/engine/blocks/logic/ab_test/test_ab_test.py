"""Tests of the A/B test block's document model."""

from typing import Any

import pytest
from pydantic import ValidationError

from botloom.engine.blocks.logic.ab_test.schema import AbTestBlock

MINIMAL: dict[str, Any] = {"id": "b1", "type": "AB test"}


def test_defaults_when_options_are_absent() -> None:
    block = AbTestBlock.model_validate(MINIMAL)
    assert block.items == []
    assert block.options.a_percent == 50


@pytest.mark.parametrize(
    "raw",
    [
        MINIMAL,
        {
            **MINIMAL,
            "items": [{"id": "i1", "path": "a", "outgoingEdgeId": "e1"}, {"id": "i2", "path": "b"}],
            "options": {"aPercent": 20},
        },
    ],
)
def test_round_trip(raw: dict[str, Any]) -> None:
    assert AbTestBlock.model_validate(raw).model_dump(mode="json", exclude_unset=True) == raw


@pytest.mark.parametrize(
    "invalid",
    [
        {"items": [{"id": "i1", "path": "c"}]},
        {"options": {"aPercent": 120}},
        {"options": {"aPercent": "half"}},
    ],
)
def test_rejects_invalid_values(invalid: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        AbTestBlock.model_validate({**MINIMAL, **invalid})
