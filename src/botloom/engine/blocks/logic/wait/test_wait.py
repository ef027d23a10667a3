"""Tests of the wait block's document model."""

from typing import Any

import pytest
from pydantic import ValidationError

from botloom.engine.blocks.logic.wait.schema import WaitBlock

MINIMAL: dict[str, Any] = {"id": "b1", "type": "Wait"}


def test_defaults_when_options_are_absent() -> None:
    block = WaitBlock.model_validate(MINIMAL)
    assert block.options.seconds_to_wait_for is None
    assert block.options.should_pause is False


@pytest.mark.parametrize(
    "raw",
    [
        MINIMAL,
        {
            **MINIMAL,
            "outgoingEdgeId": "e1",
            "options": {"secondsToWaitFor": "{{Delay}}", "shouldPause": True},
        },
    ],
)
def test_round_trip(raw: dict[str, Any]) -> None:
    assert WaitBlock.model_validate(raw).model_dump(mode="json", exclude_unset=True) == raw


@pytest.mark.parametrize(
    "invalid",
    [
        {"options": {"secondsToWaitFor": 2}},
        {"options": {"shouldPause": "soon"}},
    ],
)
def test_rejects_invalid_values(invalid: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        WaitBlock.model_validate({**MINIMAL, **invalid})
