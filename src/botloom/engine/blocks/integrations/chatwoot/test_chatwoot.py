"""Tests of the Chatwoot block's document model."""

from typing import Any

import pytest
from pydantic import ValidationError

from botloom.engine.blocks.integrations.chatwoot.schema import ChatwootBlock, ChatwootTask

MINIMAL: dict[str, Any] = {"id": "b1", "type": "Chatwoot"}


def test_defaults_when_options_are_absent() -> None:
    block = ChatwootBlock.model_validate(MINIMAL)
    assert block.options.task == ChatwootTask.SHOW_WIDGET
    assert block.options.base_url == "https://app.chatwoot.com"
    assert block.options.website_token is None


@pytest.mark.parametrize(
    "raw",
    [
        MINIMAL,
        {
            **MINIMAL,
            "options": {
                "task": "Close widget",
                "baseUrl": "https://chat.a.b",
                "websiteToken": "t",
                "user": {"id": "{{Id}}", "avatarUrl": "https://a.b/me.png"},
            },
        },
    ],
)
def test_round_trip(raw: dict[str, Any]) -> None:
    assert ChatwootBlock.model_validate(raw).model_dump(mode="json", exclude_unset=True) == raw


@pytest.mark.parametrize(
    "invalid",
    [
        {"options": {"task": "Hide widget"}},
        {"options": {"user": "me"}},
    ],
)
def test_rejects_invalid_values(invalid: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        ChatwootBlock.model_validate({**MINIMAL, **invalid})
