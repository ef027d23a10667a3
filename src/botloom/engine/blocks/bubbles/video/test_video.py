"""Tests of the video bubble's document model."""

from typing import Any

import pytest
from pydantic import ValidationError

from botloom.engine.blocks.bubbles.video.schema import VideoBubbleBlock

MINIMAL: dict[str, Any] = {"id": "b1", "type": "video"}


def test_defaults_when_content_is_absent() -> None:
    block = VideoBubbleBlock.model_validate(MINIMAL)
    assert block.content.type is None
    assert block.content.height == 400
    assert block.content.aspect_ratio == "16/9"
    assert block.content.max_width == "100%"
    assert block.content.are_controls_displayed is True
    assert block.content.is_autoplay_enabled is True


@pytest.mark.parametrize(
    "raw",
    [
        MINIMAL,
        {
            **MINIMAL,
            "content": {"url": "https://youtu.be/x1", "id": "x1", "type": "youtube", "height": 300},
        },
        {
            **MINIMAL,
            "content": {
                "url": "https://a.b/v.mp4",
                "type": "url",
                "height": "{{Height}}",
                "isAutoplayEnabled": False,
            },
        },
    ],
)
def test_round_trip(raw: dict[str, Any]) -> None:
    assert VideoBubbleBlock.model_validate(raw).model_dump(mode="json", exclude_unset=True) == raw


@pytest.mark.parametrize(
    "invalid",
    [
        {"content": {"type": "dailymotion"}},
        {"content": {"height": [400]}},
        {"content": {"areControlsDisplayed": "often"}},
    ],
)
def test_rejects_invalid_values(invalid: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        VideoBubbleBlock.model_validate({**MINIMAL, **invalid})
