"""Replies to the phone number input."""

from typing import Any

import pytest

from botloom.engine.blocks.inputs.phone_number_input.parse import parse_reply
from botloom.engine.blocks.inputs.phone_number_input.schema import PhoneNumberInputBlock
from botloom.engine.blocks.testing import make_context
from botloom.engine.runtime import InvalidReply, ParsedReply, Reply


@pytest.mark.parametrize(
    ("options", "text", "expected"),
    [
        ({}, "+33612345678", ParsedReply(content="+33612345678")),
        ({}, "+33 6 12 34 56 78", ParsedReply(content="+33612345678", new_format="+33612345678")),
        (
            {"defaultCountryCode": "FR"},
            "06 12 34 56 78",
            ParsedReply(content="+33612345678", new_format="+33612345678"),
        ),
        (
            {"defaultCountryCode": "us"},
            "call me at (201) 555-0123 or later",
            ParsedReply(content="+12015550123", new_format="+12015550123"),
        ),
        ({}, "06 12 34 56 78", InvalidReply()),
        ({"defaultCountryCode": "FR"}, "123", InvalidReply()),
        ({"retryMessageContent": "Wrong number"}, "abc", InvalidReply("Wrong number")),
    ],
)
async def test_parse_reply(
    options: dict[str, Any], text: str, expected: ParsedReply | InvalidReply
) -> None:
    block = PhoneNumberInputBlock.model_validate(
        {"id": "p1", "type": "phone number input", "options": options}
    )
    assert await parse_reply(block, Reply(text=text), make_context({})) == expected
