"""Tests of the jump block's document model."""

from typing import Any

import pytest
from pydantic import ValidationError

from botloom.engine.blocks.logic.jump.schema import JumpBlock

MINIMAL: dict[str, Any] = {"id": "b1", "type": "Jump"}


def test_defaults_when_options_are_absent() -> None:
    block = JumpBlock.model_validate(MINIMAL)
    assert block.options.group_id is None
    assert block.options.block_id is None


@pytest.mark.parametrize(
    "raw",
    [
        MINIMAL,
        {**MINIMAL, "options": {"groupId": "g1", "blockId": "b2"}},
    ],
)
def test_round_trip(raw: dict[str, Any]) -> None:
    assert JumpBlock.model_validate(raw).model_dump(mode="json", exclude_unset=True) == raw


@pytest.mark.parametrize(
    "invalid",
    [
        {"options": {"groupId": ["g1"]}},
    ],
)
def test_rejects_invalid_values(invalid: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        JumpBlock.model_validate({**MINIMAL, **invalid})
