"""Tests of the image bubble's document model."""

from typing import Any

import pytest
from pydantic import ValidationError

from botloom.engine.blocks.bubbles.image.schema import ImageBubbleBlock

MINIMAL: dict[str, Any] = {"id": "b1", "type": "image"}


def test_defaults_when_content_is_absent() -> None:
    block = ImageBubbleBlock.model_validate(MINIMAL)
    assert block.content.url is None
    assert block.content.click_link.alt == "Bubble image"


@pytest.mark.parametrize(
    "raw",
    [
        MINIMAL,
        {
            **MINIMAL,
            "outgoingEdgeId": "e1",
            "content": {
                "url": "https://a.b/c.png",
                "clickLink": {"url": "https://a.b", "alt": "Logo"},
            },
        },
    ],
)
def test_round_trip(raw: dict[str, Any]) -> None:
    assert ImageBubbleBlock.model_validate(raw).model_dump(mode="json", exclude_unset=True) == raw


@pytest.mark.parametrize(
    "invalid",
    [
        {"content": {"url": 3}},
        {"content": {"clickLink": "https://a.b"}},
    ],
)
def test_rejects_invalid_values(invalid: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        ImageBubbleBlock.model_validate({**MINIMAL, **invalid})
