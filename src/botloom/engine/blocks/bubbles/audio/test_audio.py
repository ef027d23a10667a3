"""Tests of the audio bubble's document model."""

from typing import Any

import pytest
from pydantic import ValidationError

from botloom.engine.blocks.bubbles.audio.schema import AudioBubbleBlock

MINIMAL: dict[str, Any] = {"id": "b1", "type": "audio"}


def test_defaults_when_content_is_absent() -> None:
    block = AudioBubbleBlock.model_validate(MINIMAL)
    assert block.content.url is None
    assert block.content.is_autoplay_enabled is True


@pytest.mark.parametrize(
    "raw",
    [
        MINIMAL,
        {
            **MINIMAL,
            "outgoingEdgeId": "e1",
            "content": {"url": "https://a.b/s.mp3", "isAutoplayEnabled": False},
        },
    ],
)
def test_round_trip(raw: dict[str, Any]) -> None:
    assert AudioBubbleBlock.model_validate(raw).model_dump(mode="json", exclude_unset=True) == raw


@pytest.mark.parametrize(
    "invalid",
    [
        {"content": {"url": 3}},
        {"content": {"isAutoplayEnabled": "sometimes"}},
    ],
)
def test_rejects_invalid_values(invalid: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        AudioBubbleBlock.model_validate({**MINIMAL, **invalid})
