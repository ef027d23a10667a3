"""Tests of the payment input's document model."""

from typing import Any

import pytest
from pydantic import ValidationError

from botloom.engine.blocks.inputs.payment_input.schema import PaymentInputBlock, PaymentProvider

MINIMAL: dict[str, Any] = {"id": "b1", "type": "payment input"}


def test_defaults_when_options_are_absent() -> None:
    block = PaymentInputBlock.model_validate(MINIMAL)
    assert block.options.provider == PaymentProvider.STRIPE
    assert block.options.labels.button == "Pay"
    assert block.options.labels.success == "Success"
    assert block.options.currency == "USD"
    assert block.options.amount is None
    assert block.options.retry_message_content == "Payment failed. Please, try again."


@pytest.mark.parametrize(
    "raw",
    [
        MINIMAL,
        {
            **MINIMAL,
            "options": {
                "credentialsId": "c1",
                "amount": "{{Price}}",
                "currency": "EUR",
                "additionalInformation": {
                    "name": "{{Name}}",
                    "address": {"line1": "1 rue", "postalCode": "75001"},
                },
            },
        },
    ],
)
def test_round_trip(raw: dict[str, Any]) -> None:
    assert PaymentInputBlock.model_validate(raw).model_dump(mode="json", exclude_unset=True) == raw


@pytest.mark.parametrize(
    "invalid",
    [
        {"options": {"amount": 30}},
        {"options": {"provider": "PayPal"}},
    ],
)
def test_rejects_invalid_values(invalid: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        PaymentInputBlock.model_validate({**MINIMAL, **invalid})
