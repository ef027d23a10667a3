"""Tests of the send email block's document model."""

from typing import Any

import pytest
from pydantic import ValidationError

from botloom.engine.blocks.integrations.email.schema import EmailBlock

MINIMAL: dict[str, Any] = {"id": "b1", "type": "Email"}


def test_defaults_when_options_are_absent() -> None:
    block = EmailBlock.model_validate(MINIMAL)
    assert block.options.credentials_id == "default"
    assert block.options.recipients == []
    assert block.options.is_custom_body is False
    assert block.options.is_body_code is False


@pytest.mark.parametrize(
    "raw",
    [
        MINIMAL,
        {
            **MINIMAL,
            "outgoingEdgeId": "e1",
            "options": {
                "recipients": ["{{Email}}"],
                "cc": ["a@b.c"],
                "subject": "Hi",
                "body": "Hello {{Name}}",
                "isCustomBody": True,
                "replyTo": "r@b.c",
                "attachmentsVariableId": "v1",
            },
        },
    ],
)
def test_round_trip(raw: dict[str, Any]) -> None:
    assert EmailBlock.model_validate(raw).model_dump(mode="json", exclude_unset=True) == raw


@pytest.mark.parametrize(
    "invalid",
    [
        {"options": {"recipients": "a@b.c"}},
        {"options": {"isBodyCode": "sometimes"}},
    ],
)
def test_rejects_invalid_values(invalid: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        EmailBlock.model_validate({**MINIMAL, **invalid})
