"""Replies to the file input."""

from typing import Any

import pytest

from botloom.engine.blocks.inputs.file_input.parse import parse_reply
from botloom.engine.blocks.inputs.file_input.schema import FileInputBlock
from botloom.engine.blocks.testing import make_context
from botloom.engine.runtime import InvalidReply, ParsedReply, Reply

JSON_ONLY = {"isMultipleAllowed": True, "allowedFileTypes": {"isEnabled": True, "types": [".json"]}}
THREE = "https://ex.com/a.json, https://ex.com/b.json, https://ex.com/c.json"


@pytest.mark.parametrize(
    ("options", "reply", "expected"),
    [
        ({}, Reply(text="https://ex.com/a.png"), ParsedReply(content="https://ex.com/a.png")),
        (
            {},
            Reply(text="https://ex.com/a.png, https://ex.com/b.png"),
            ParsedReply(content="https://ex.com/a.png", new_format="https://ex.com/a.png"),
        ),
        (JSON_ONLY, Reply(text="https://ex.com/a.png"), InvalidReply()),
        (JSON_ONLY, Reply(text=THREE), ParsedReply(content=THREE)),
        (
            JSON_ONLY,
            Reply(text="https://ex.com/a.JSON?x=1"),
            ParsedReply(content="https://ex.com/a.JSON?x=1"),
        ),
        (JSON_ONLY, Reply(text="https://ex.com/a.json, https://ex.com/b.png"), InvalidReply()),
        (
            {"allowedFileTypes": {"isEnabled": True, "types": ["image/*"]}},
            Reply(text="https://ex.com/a.png"),
            ParsedReply(content="https://ex.com/a.png"),
        ),
        (
            {"allowedFileTypes": {"isEnabled": True, "types": ["image/*"]}},
            Reply(text="https://ex.com/a.pdf"),
            InvalidReply(),
        ),
        (
            {"allowedFileTypes": {"isEnabled": False, "types": [".json"]}},
            Reply(text="https://ex.com/a.png"),
            ParsedReply(content="https://ex.com/a.png"),
        ),
        (
            {"isMultipleAllowed": True},
            Reply(text="", attached_file_urls=["https://ex.com/1.png", "https://ex.com/2.png"]),
            ParsedReply(
                content="https://ex.com/1.png, https://ex.com/2.png",
                new_format="https://ex.com/1.png, https://ex.com/2.png",
            ),
        ),
        ({}, Reply(text="not a url"), InvalidReply()),
        ({}, Reply(text=""), InvalidReply()),
        ({"isRequired": False}, Reply(text=""), ParsedReply(content="", skip=True)),
    ],
)
async def test_parse_reply(
    options: dict[str, Any], reply: Reply, expected: ParsedReply | InvalidReply
) -> None:
    block = FileInputBlock.model_validate({"id": "f1", "type": "file input", "options": options})
    assert await parse_reply(block, reply, make_context({})) == expected
