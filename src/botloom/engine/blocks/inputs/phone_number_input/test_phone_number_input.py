"""Tests of the phone number input's document model."""

from typing import Any

import pytest
from pydantic import ValidationError

from botloom.engine.blocks.inputs.phone_number_input.schema import PhoneNumberInputBlock

MINIMAL: dict[str, Any] = {"id": "b1", "type": "phone number input"}


def test_defaults_when_options_are_absent() -> None:
    block = PhoneNumberInputBlock.model_validate(MINIMAL)
    assert block.options.labels.placeholder == "Type your phone number..."
    assert (
        block.options.retry_message_content
        == "This phone number doesn't seem to be valid. Can you type it again?"
    )
    assert block.options.default_country_code is None


@pytest.mark.parametrize(
    "raw",
    [
        MINIMAL,
        {
            **MINIMAL,
            "options": {
                "variableId": "v1",
                "defaultCountryCode": "FR",
                "retryMessageContent": "Again?",
            },
        },
    ],
)
def test_round_trip(raw: dict[str, Any]) -> None:
    assert (
        PhoneNumberInputBlock.model_validate(raw).model_dump(mode="json", exclude_unset=True) == raw
    )


@pytest.mark.parametrize(
    "invalid",
    [
        {"options": {"defaultCountryCode": 33}},
    ],
)
def test_rejects_invalid_values(invalid: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        PhoneNumberInputBlock.model_validate({**MINIMAL, **invalid})
