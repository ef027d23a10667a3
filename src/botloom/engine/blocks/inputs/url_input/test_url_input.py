"""Tests of the website input's document model."""

from typing import Any

import pytest
from pydantic import ValidationError

from botloom.engine.blocks.inputs.url_input.schema import UrlInputBlock

MINIMAL: dict[str, Any] = {"id": "b1", "type": "url input"}


def test_defaults_when_options_are_absent() -> None:
    block = UrlInputBlock.model_validate(MINIMAL)
    assert block.options.labels.placeholder == "Type a URL..."
    assert (
        block.options.retry_message_content
        == "This URL doesn't seem to be valid. Can you type it again?"
    )


@pytest.mark.parametrize(
    "raw",
    [
        MINIMAL,
        {
            **MINIMAL,
            "options": {
                "variableId": "v1",
                "labels": {"placeholder": "Site", "button": "Go"},
                "retryMessageContent": "Again?",
            },
        },
    ],
)
def test_round_trip(raw: dict[str, Any]) -> None:
    assert UrlInputBlock.model_validate(raw).model_dump(mode="json", exclude_unset=True) == raw


@pytest.mark.parametrize(
    "invalid",
    [
        {"options": {"retryMessageContent": 3}},
    ],
)
def test_rejects_invalid_values(invalid: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        UrlInputBlock.model_validate({**MINIMAL, **invalid})
