"""Replies to the rating input."""

from typing import Any

import pytest

from botloom.engine.blocks.inputs.rating_input.parse import parse_reply
from botloom.engine.blocks.inputs.rating_input.schema import RatingInputBlock
from botloom.engine.blocks.testing import make_context
from botloom.engine.runtime import InvalidReply, ParsedReply, Reply


@pytest.mark.parametrize(
    ("options", "text", "expected"),
    [
        ({}, "3", ParsedReply(content="3")),
        ({}, "10", ParsedReply(content="10")),
        ({}, "0", ParsedReply(content="0")),
        ({}, "11", InvalidReply()),
        ({"length": 5}, "6", InvalidReply()),
        ({"length": 5}, "5", ParsedReply(content="5")),
        ({}, "great", InvalidReply()),
        ({}, "", InvalidReply()),
    ],
)
async def test_parse_reply(
    options: dict[str, Any], text: str, expected: ParsedReply | InvalidReply
) -> None:
    block = RatingInputBlock.model_validate(
        {"id": "r1", "type": "rating input", "options": options}
    )
    assert await parse_reply(block, Reply(text=text), make_context({})) == expected
