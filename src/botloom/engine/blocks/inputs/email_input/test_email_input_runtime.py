"""Replies to the email input."""

from typing import Any

import pytest

from botloom.engine.blocks.inputs.email_input.parse import parse_reply
from botloom.engine.blocks.inputs.email_input.schema import EmailInputBlock
from botloom.engine.blocks.testing import make_context
from botloom.engine.runtime import InvalidReply, ParsedReply, Reply

DEFAULT_RETRY = "This email doesn't seem to be valid. Can you type it again?"


@pytest.mark.parametrize(
    ("options", "text", "expected"),
    [
        ({}, "max@example.org", ParsedReply(content="max@example.org")),
        (
            {},
            "Max@Example.org",
            ParsedReply(content="max@example.org", new_format="max@example.org"),
        ),
        ({}, "first.last+tag@sub.example.co", ParsedReply(content="first.last+tag@sub.example.co")),
        ({}, "max@", InvalidReply(DEFAULT_RETRY)),
        ({}, "max@example", InvalidReply(DEFAULT_RETRY)),
        ({}, "not an email", InvalidReply(DEFAULT_RETRY)),
        ({}, "a b@example.org", InvalidReply(DEFAULT_RETRY)),
        ({"retryMessageContent": "Try again"}, "nope", InvalidReply("Try again")),
        ({"retryMessageContent": ""}, "nope", InvalidReply(DEFAULT_RETRY)),
    ],
)
async def test_parse_reply(
    options: dict[str, Any], text: str, expected: ParsedReply | InvalidReply
) -> None:
    block = EmailInputBlock.model_validate({"id": "e1", "type": "email input", "options": options})
    assert await parse_reply(block, Reply(text=text), make_context({})) == expected
