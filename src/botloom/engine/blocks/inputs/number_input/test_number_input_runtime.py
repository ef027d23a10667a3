"""Replies to the number input."""

from typing import Any

import pytest

from botloom.engine.blocks.inputs.number_input.parse import parse_reply
from botloom.engine.blocks.inputs.number_input.schema import NumberInputBlock
from botloom.engine.blocks.testing import make_context
from botloom.engine.runtime import InvalidReply, ParsedReply, Reply

DOCUMENT = {"variables": [{"id": "vMax", "name": "Max", "value": "100"}]}


@pytest.mark.parametrize(
    ("options", "text", "expected"),
    [
        ({}, "42", ParsedReply(content="42")),
        ({}, "3,5", ParsedReply(content="3.5", new_format="3.5")),
        ({}, "1.50", ParsedReply(content="1.5", new_format="1.5")),
        ({}, "12abc", ParsedReply(content="12", new_format="12")),
        ({}, "  -7", ParsedReply(content="-7", new_format="-7")),
        ({}, "1e3", ParsedReply(content="1000", new_format="1000")),
        ({}, "007", ParsedReply(content="007")),
        ({}, "0,5", ParsedReply(content="0,5")),
        ({}, "abc", InvalidReply()),
        ({}, "", InvalidReply()),
        ({"min": 10}, "9", InvalidReply()),
        ({"min": 10}, "10", ParsedReply(content="10")),
        ({"max": "{{Max}}"}, "101", InvalidReply()),
        ({"max": "{{Max}}"}, "100", ParsedReply(content="100")),
        ({"min": 0}, "-5", ParsedReply(content="-5")),
        ({"min": "{{Unknown}}"}, "-5", ParsedReply(content="-5")),
    ],
)
async def test_parse_reply(
    options: dict[str, Any], text: str, expected: ParsedReply | InvalidReply
) -> None:
    block = NumberInputBlock.model_validate(
        {"id": "n1", "type": "number input", "options": options}
    )
    assert await parse_reply(block, Reply(text=text), make_context(DOCUMENT)) == expected
