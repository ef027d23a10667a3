"""Tests of the return block's document model."""

from typing import Any

import pytest
from pydantic import ValidationError

from botloom.engine.blocks.logic.return_.schema import ReturnBlock

MINIMAL: dict[str, Any] = {"id": "b1", "type": "Return"}


@pytest.mark.parametrize(
    "raw",
    [
        MINIMAL,
    ],
)
def test_round_trip(raw: dict[str, Any]) -> None:
    assert ReturnBlock.model_validate(raw).model_dump(mode="json", exclude_unset=True) == raw


@pytest.mark.parametrize(
    "invalid",
    [
        {"type": "return"},
        {"outgoingEdgeId": 3},
    ],
)
def test_rejects_invalid_values(invalid: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        ReturnBlock.model_validate({**MINIMAL, **invalid})
