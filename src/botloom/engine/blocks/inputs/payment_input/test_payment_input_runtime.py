"""Replies to the payment input."""

from typing import Any

import pytest

from botloom.engine.blocks.inputs.payment_input.parse import parse_reply
from botloom.engine.blocks.inputs.payment_input.schema import PaymentInputBlock
from botloom.engine.blocks.testing import make_context
from botloom.engine.runtime import InvalidReply, ParsedReply, Reply


@pytest.mark.parametrize(
    ("options", "text", "expected"),
    [
        ({}, "Success", ParsedReply(content="Success")),
        ({}, "", ParsedReply(content="")),
        ({}, "fail", InvalidReply("Payment failed. Please, try again.")),
        ({"retryMessageContent": "Card declined"}, "fail", InvalidReply("Card declined")),
    ],
)
async def test_parse_reply(
    options: dict[str, Any], text: str, expected: ParsedReply | InvalidReply
) -> None:
    block = PaymentInputBlock.model_validate(
        {"id": "p1", "type": "payment input", "options": options}
    )
    assert await parse_reply(block, Reply(text=text), make_context({})) == expected
