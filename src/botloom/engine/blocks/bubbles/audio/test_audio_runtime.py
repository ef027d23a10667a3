"""Tests of the audio bubble's runner."""

from typing import Any

import pytest

from botloom.engine.blocks.bubbles.audio import SPEC
from botloom.engine.blocks.bubbles.audio.execute import execute
from botloom.engine.blocks.bubbles.audio.schema import AudioBubbleBlock
from botloom.engine.blocks.testing import make_context

DOC: dict[str, Any] = {"variables": [{"id": "v-file", "name": "File"}]}
MP3 = "https://cdn.example.com/hello.mp3"


def block(content: dict[str, Any]) -> AudioBubbleBlock:
    return AudioBubbleBlock.model_validate({"id": "b1", "type": "audio", "content": content})


@pytest.mark.parametrize(
    ("content", "variables", "expected"),
    [
        pytest.param({"url": MP3}, {}, {"url": MP3}, id="autoplay-default-left-to-client"),
        pytest.param(
            {"url": "https://cdn.example.com/{{File}}", "isAutoplayEnabled": False},
            {"File": "hello.mp3"},
            {"url": MP3, "isAutoplayEnabled": False},
            id="variable-and-autoplay-off",
        ),
    ],
)
async def test_message(
    content: dict[str, Any], variables: dict[str, object], expected: dict[str, Any]
) -> None:
    result = await execute(block(content), make_context(DOC, variables=variables))
    assert result.messages == [{"id": "b1", "type": "audio", "content": expected}]


@pytest.mark.parametrize("content", [{}, {"url": "{{File}}"}, {"isAutoplayEnabled": True}])
async def test_no_url_no_message(content: dict[str, Any]) -> None:
    result = await execute(block(content), make_context(DOC))
    assert result.messages == []


async def test_registered_runner() -> None:
    assert SPEC.execute is not None
    result = await SPEC.execute(block({"url": MP3}), make_context(DOC))
    assert result.messages == [{"id": "b1", "type": "audio", "content": {"url": MP3}}]
