"""Tests of the email input's document model."""

from typing import Any

import pytest
from pydantic import ValidationError

from botloom.engine.blocks.inputs.email_input.schema import EmailInputBlock

MINIMAL: dict[str, Any] = {"id": "b1", "type": "email input"}


def test_defaults_when_options_are_absent() -> None:
    block = EmailInputBlock.model_validate(MINIMAL)
    assert block.options.labels.placeholder == "Type your email..."
    assert block.options.labels.button == "Send"
    assert (
        block.options.retry_message_content
        == "This email doesn't seem to be valid. Can you type it again?"
    )


@pytest.mark.parametrize(
    "raw",
    [
        MINIMAL,
        {
            **MINIMAL,
            "options": {
                "variableId": "v1",
                "labels": {"button": "OK"},
                "retryMessageContent": "Again?",
            },
        },
    ],
)
def test_round_trip(raw: dict[str, Any]) -> None:
    assert EmailInputBlock.model_validate(raw).model_dump(mode="json", exclude_unset=True) == raw


@pytest.mark.parametrize(
    "invalid",
    [
        {"options": {"variableId": 3}},
        {"options": {"labels": ["Send"]}},
    ],
)
def test_rejects_invalid_values(invalid: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        EmailInputBlock.model_validate({**MINIMAL, **invalid})
