"""Replies to the time input."""

from typing import Any

import pytest

from botloom.engine.blocks.inputs.time_input.parse import parse_reply
from botloom.engine.blocks.inputs.time_input.schema import TimeInputBlock
from botloom.engine.blocks.testing import make_context
from botloom.engine.runtime import InvalidReply, ParsedReply, Reply


@pytest.mark.parametrize(
    ("options", "text", "expected"),
    [
        ({}, "14:30", ParsedReply(content="14:30")),
        ({}, "9:05", ParsedReply(content="09:05", new_format="09:05")),
        ({}, "2:30 pm", ParsedReply(content="14:30", new_format="14:30")),
        ({}, "12am", ParsedReply(content="00:00", new_format="00:00")),
        ({}, "7h15", ParsedReply(content="07:15", new_format="07:15")),
        ({"format": "h:mm a"}, "18:45", ParsedReply(content="6:45 PM", new_format="6:45 PM")),
        ({"format": "HH:mm:ss"}, "08:00:30", ParsedReply(content="08:00:30")),
        ({}, "2024-01-15T16:20", ParsedReply(content="16:20", new_format="16:20")),
        ({}, "25:00", InvalidReply()),
        ({}, "13:75", InvalidReply()),
        ({}, "lunch time", InvalidReply()),
        ({}, "", InvalidReply()),
    ],
)
async def test_parse_reply(
    options: dict[str, Any], text: str, expected: ParsedReply | InvalidReply
) -> None:
    block = TimeInputBlock.model_validate({"id": "t1", "type": "time input", "options": options})
    assert await parse_reply(block, Reply(text=text), make_context({})) == expected
