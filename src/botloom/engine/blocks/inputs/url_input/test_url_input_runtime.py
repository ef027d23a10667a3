"""Replies to the website input."""

from typing import Any

import pytest

from botloom.engine.blocks.inputs.url_input.parse import parse_reply
from botloom.engine.blocks.inputs.url_input.schema import UrlInputBlock
from botloom.engine.blocks.testing import make_context
from botloom.engine.runtime import InvalidReply, ParsedReply, Reply


@pytest.mark.parametrize(
    ("options", "text", "expected"),
    [
        ({}, "https://typebot.io", ParsedReply(content="https://typebot.io")),
        ({}, "typebot.io", ParsedReply(content="typebot.io")),
        ({}, "www.example.com/path?q=1#top", ParsedReply(content="www.example.com/path?q=1#top")),
        ({}, "http://127.0.0.1:8080/x", ParsedReply(content="http://127.0.0.1:8080/x")),
        ({}, "http://localhost", InvalidReply()),
        ({}, "typebot", InvalidReply()),
        ({}, "not a url.com", InvalidReply()),
        ({}, "", InvalidReply()),
        ({"retryMessageContent": "Bad URL"}, "nope", InvalidReply("Bad URL")),
    ],
)
async def test_parse_reply(
    options: dict[str, Any], text: str, expected: ParsedReply | InvalidReply
) -> None:
    block = UrlInputBlock.model_validate({"id": "u1", "type": "url input", "options": options})
    assert await parse_reply(block, Reply(text=text), make_context({})) == expected
