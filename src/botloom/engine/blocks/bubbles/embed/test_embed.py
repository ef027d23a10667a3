"""Tests of the embed bubble's document model."""

from typing import Any

import pytest
from pydantic import ValidationError

from botloom.engine.blocks.bubbles.embed.schema import EmbedBubbleBlock

MINIMAL: dict[str, Any] = {"id": "b1", "type": "embed"}


def test_defaults_when_content_is_absent() -> None:
    block = EmbedBubbleBlock.model_validate(MINIMAL)
    assert block.content.url is None
    assert block.content.height == 400
    assert block.content.wait_for_event.is_enabled is None


@pytest.mark.parametrize(
    "raw",
    [
        MINIMAL,
        {
            **MINIMAL,
            "content": {
                "url": "https://a.b",
                "height": "50%",
                "waitForEvent": {"isEnabled": True, "name": "done", "saveDataInVariableId": "v1"},
            },
        },
    ],
)
def test_round_trip(raw: dict[str, Any]) -> None:
    assert EmbedBubbleBlock.model_validate(raw).model_dump(mode="json", exclude_unset=True) == raw


@pytest.mark.parametrize(
    "invalid",
    [
        {"content": {"height": {"px": 400}}},
        {"content": {"waitForEvent": {"name": 3}}},
    ],
)
def test_rejects_invalid_values(invalid: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        EmbedBubbleBlock.model_validate({**MINIMAL, **invalid})
