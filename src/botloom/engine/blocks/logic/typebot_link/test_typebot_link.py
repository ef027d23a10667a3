"""Tests of the Typebot link block's document model."""

from typing import Any

import pytest
from pydantic import ValidationError

from botloom.engine.blocks.logic.typebot_link.schema import TypebotLinkBlock

MINIMAL: dict[str, Any] = {"id": "b1", "type": "Typebot link"}


def test_defaults_when_options_are_absent() -> None:
    block = TypebotLinkBlock.model_validate(MINIMAL)
    assert block.options.typebot_id is None
    assert block.options.group_id is None
    assert block.options.merge_results is False


@pytest.mark.parametrize(
    "raw",
    [
        MINIMAL,
        {
            **MINIMAL,
            "options": {"typebotId": "current", "groupId": "{{Group}}", "mergeResults": True},
        },
    ],
)
def test_round_trip(raw: dict[str, Any]) -> None:
    assert TypebotLinkBlock.model_validate(raw).model_dump(mode="json", exclude_unset=True) == raw


@pytest.mark.parametrize(
    "invalid",
    [
        {"options": {"typebotId": 3}},
    ],
)
def test_rejects_invalid_values(invalid: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        TypebotLinkBlock.model_validate({**MINIMAL, **invalid})
