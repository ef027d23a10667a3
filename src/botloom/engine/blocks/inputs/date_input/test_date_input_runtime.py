"""Replies to the date input, and date-fns formatting."""

from datetime import datetime
from typing import Any

import pytest

from botloom.engine.blocks.inputs.date_input.parse import format_datetime, parse_reply
from botloom.engine.blocks.inputs.date_input.schema import DateInputBlock
from botloom.engine.blocks.testing import make_context
from botloom.engine.runtime import InvalidReply, ParsedReply, Reply

DOCUMENT = {"variables": [{"id": "vMin", "name": "Min", "value": "2024-01-10"}]}


def parsed(content: str) -> ParsedReply:
    return ParsedReply(content=content, new_format=content)


@pytest.mark.parametrize(
    ("options", "text", "expected"),
    [
        ({}, "2024-01-15", parsed("15/01/2024")),
        ({}, "2024-01-15T10:30", parsed("15/01/2024")),
        ({}, "15/01/2024", ParsedReply(content="15/01/2024")),
        ({}, "03/04/2024", ParsedReply(content="03/04/2024")),
        ({"format": "MM/dd/yyyy"}, "03/04/2024", ParsedReply(content="03/04/2024")),
        ({"format": "yyyy-MM-dd"}, "03/04/2024", parsed("2024-03-04")),
        ({}, "January 5, 2024", parsed("05/01/2024")),
        ({}, "tomorrow", parsed("16/01/2024")),
        ({"hasTime": True}, "2024-01-15T09:05", parsed("15/01/2024 09:05")),
        ({"hasTime": True}, "2024-01-15T09:05:00Z", parsed("15/01/2024 09:05")),
        (
            {"format": "EEEE d MMMM yy, h:mm a"},
            "2024-01-15T21:07",
            parsed("Monday 15 January 24, 9:07 PM"),
        ),
        ({"isRange": True}, "2024-01-15 to 2024-01-20", parsed("15/01/2024 to 20/01/2024")),
        (
            {"isRange": True, "labels": {"separator": "au"}},
            "2024-01-15 to 2024-01-20",
            parsed("15/01/2024 au 20/01/2024"),
        ),
        ({"isRange": True}, "2024-01-15", InvalidReply()),
        ({}, "2024-01-15 to 2024-01-20", parsed("15/01/2024")),
        ({"min": "{{Min}}"}, "2024-01-09", InvalidReply()),
        ({"min": "{{Min}}"}, "2024-01-10", parsed("10/01/2024")),
        ({"max": "2024-01-31"}, "2024-02-01", InvalidReply()),
        ({"isRange": True, "max": "2024-01-31"}, "2024-01-20 to 2024-02-02", InvalidReply()),
        ({}, "not a date", InvalidReply()),
        ({}, "", InvalidReply()),
    ],
)
async def test_parse_reply(
    options: dict[str, Any], text: str, expected: ParsedReply | InvalidReply
) -> None:
    block = DateInputBlock.model_validate({"id": "d1", "type": "date input", "options": options})
    assert await parse_reply(block, Reply(text=text), make_context(DOCUMENT)) == expected


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("dd/MM/yyyy HH:mm", "05/03/2024 07:09"),
        ("d/M/yy H:m:s", "5/3/24 7:9:4"),
        ("MMM do", "Mar 5th"),
        ("EEE, MMMM d", "Tue, March 5"),
        ("hh:mm aaa", "07:09 am"),
        ("yyyy-MM-dd'T'HH:mm", "2024-03-05T07:09"),
        ("'It''s' h a", "It's 7 AM"),
    ],
)
def test_format_datetime(pattern: str, expected: str) -> None:
    assert format_datetime(datetime(2024, 3, 5, 7, 9, 4), pattern) == expected
