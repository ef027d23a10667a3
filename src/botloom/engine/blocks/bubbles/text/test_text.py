"""Tests of the text bubble's document model."""

from typing import Any

import pytest
from pydantic import ValidationError

from botloom.engine.blocks.bubbles.text.schema import TextBubbleBlock

MINIMAL: dict[str, Any] = {"id": "b1", "type": "text"}


def test_defaults_when_content_is_absent() -> None:
    block = TextBubbleBlock.model_validate(MINIMAL)
    assert block.content.rich_text is None
    assert block.content.plain_text is None


@pytest.mark.parametrize(
    "raw",
    [
        MINIMAL,
        {
            **MINIMAL,
            "outgoingEdgeId": "e1",
            "content": {
                "richText": [{"type": "p", "children": [{"text": "Hi {{Name}}", "bold": True}]}]
            },
        },
    ],
)
def test_round_trip(raw: dict[str, Any]) -> None:
    assert TextBubbleBlock.model_validate(raw).model_dump(mode="json", exclude_unset=True) == raw


@pytest.mark.parametrize(
    "invalid",
    [
        {"content": {"richText": "Hi"}},
        {"content": {"plainText": 3}},
        {"type": "image"},
    ],
)
def test_rejects_invalid_values(invalid: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        TextBubbleBlock.model_validate({**MINIMAL, **invalid})
