"""Replies to the text input, and its chat API shape."""

from typing import Any

import pytest

from botloom.engine.blocks.inputs.common import format_input_with_prefill
from botloom.engine.blocks.inputs.text_input.parse import parse_reply
from botloom.engine.blocks.inputs.text_input.schema import TextInputBlock
from botloom.engine.blocks.testing import make_context
from botloom.engine.runtime import ParsedReply, Reply

DOCUMENT = {
    "variables": [
        {"id": "vName", "name": "Name"},
        {"id": "vAudio", "name": "Audio"},
        {"id": "vFiles", "name": "Files"},
    ]
}
BLOCK = TextInputBlock.model_validate(
    {
        "id": "t1",
        "type": "text input",
        "options": {
            "variableId": "vName",
            "labels": {"placeholder": "Hi {{Name}}, type here"},
            "audioClip": {"isEnabled": True, "saveVariableId": "vAudio"},
            "attachments": {"isEnabled": True, "saveVariableId": "vFiles"},
        },
    }
)


@pytest.mark.parametrize(
    ("reply", "expected", "variables"),
    [
        (Reply(text="Hello"), ParsedReply(content="Hello"), {}),
        (Reply(text=""), ParsedReply(content=""), {}),
        (
            Reply(type="audio", url="https://f.io/a.mp3"),
            ParsedReply(content="https://f.io/a.mp3"),
            {"vAudio": "https://f.io/a.mp3"},
        ),
        (
            Reply(text="See", attached_file_urls=["https://f.io/1.png"]),
            ParsedReply(content="See", attached_file_urls=["https://f.io/1.png"]),
            {"vFiles": "https://f.io/1.png"},
        ),
        (
            Reply(text="Both", attached_file_urls=["https://f.io/1.png", "https://f.io/2.png"]),
            ParsedReply(
                content="Both", attached_file_urls=["https://f.io/1.png", "https://f.io/2.png"]
            ),
            {"vFiles": ["https://f.io/1.png", "https://f.io/2.png"]},
        ),
    ],
)
async def test_parse_reply(
    reply: Reply, expected: ParsedReply, variables: dict[str, object]
) -> None:
    ctx = make_context(DOCUMENT)
    assert await parse_reply(BLOCK, reply, ctx) == expected
    side_variables = {"vAudio": ctx.value_of("vAudio"), "vFiles": ctx.value_of("vFiles")}
    assert side_variables == {"vAudio": None, "vFiles": None, **variables}
    assert ctx.value_of("vName") is None


@pytest.mark.parametrize(
    ("values", "placeholder", "prefilled"),
    [
        ({"Name": "John"}, "Hi John, type here", {"prefilledValue": "John"}),
        ({}, "Hi , type here", {}),
        ({"Name": ["a", "b"]}, 'Hi ["a","b"], type here', {}),
    ],
)
async def test_format_input_substitutes_and_prefills(
    values: dict[str, object], placeholder: str, prefilled: dict[str, Any]
) -> None:
    ctx = make_context(DOCUMENT, variables=values)
    assert await format_input_with_prefill(BLOCK, ctx) == {
        "id": "t1",
        "type": "text input",
        "options": {
            "variableId": "vName",
            "labels": {"placeholder": placeholder},
            "audioClip": {"isEnabled": True, "saveVariableId": "vAudio"},
            "attachments": {"isEnabled": True, "saveVariableId": "vFiles"},
        },
        **prefilled,
    }


async def test_no_prefill_when_the_bot_turns_it_off() -> None:
    document = {**DOCUMENT, "settings": {"general": {"isInputPrefillEnabled": False}}}
    ctx = make_context(document, variables={"Name": "John"})
    formatted = await format_input_with_prefill(BLOCK, ctx)
    assert "prefilledValue" not in formatted
    assert formatted["options"]["labels"]["placeholder"] == "Hi John, type here"
