"""Tests of the image bubble's runner."""

from typing import Any

import pytest

from botloom.engine.blocks.bubbles.image import SPEC
from botloom.engine.blocks.bubbles.image.execute import execute
from botloom.engine.blocks.bubbles.image.schema import ImageBubbleBlock
from botloom.engine.blocks.testing import make_context

DOC: dict[str, Any] = {
    "variables": [{"id": "v-pic", "name": "Picture"}, {"id": "v-name", "name": "Name"}]
}
GIF = "https://media2.giphy.com/media/XD9o33QG9BoMis7iM4/giphy.gif?cid=fe38&rid=giphy.gif&ct=g"


def block(content: dict[str, Any]) -> ImageBubbleBlock:
    return ImageBubbleBlock.model_validate({"id": "b1", "type": "image", "content": content})


@pytest.mark.parametrize(
    ("content", "variables", "expected"),
    [
        pytest.param({"url": GIF}, {}, {"url": GIF}, id="stored-url-as-is"),
        pytest.param(
            {"url": "https://img.example.com/{{Picture}}.png"},
            {"Picture": "cat"},
            {"url": "https://img.example.com/cat.png"},
            id="variable-in-url",
        ),
        pytest.param(
            {
                "url": "{{Picture}}",
                "clickLink": {"url": "https://shop.example.com/?u={{Name}}", "alt": "{{Name}}'s"},
            },
            {"Picture": "https://img.example.com/a.png", "Name": "Ann"},
            {
                "url": "https://img.example.com/a.png",
                "clickLink": {"url": "https://shop.example.com/?u=Ann", "alt": "Ann's"},
            },
            id="click-link",
        ),
        pytest.param(
            {"url": GIF, "clickLink": {"url": "https://x.io"}},
            {},
            {"url": GIF, "clickLink": {"url": "https://x.io"}},
            id="click-link-default-alt-left-to-client",
        ),
    ],
)
async def test_message(
    content: dict[str, Any], variables: dict[str, object], expected: dict[str, Any]
) -> None:
    result = await execute(block(content), make_context(DOC, variables=variables))
    assert result.messages == [{"id": "b1", "type": "image", "content": expected}]
    assert result.pause is False


@pytest.mark.parametrize(
    ("content", "variables"),
    [({}, {}), ({"url": ""}, {}), ({"url": "{{Picture}}"}, {})],
)
async def test_no_url_no_message(content: dict[str, Any], variables: dict[str, object]) -> None:
    result = await execute(block(content), make_context(DOC, variables=variables))
    assert result.messages == []


async def test_registered_runner() -> None:
    assert SPEC.execute is not None
    result = await SPEC.execute(block({"url": GIF}), make_context(DOC))
    assert result.messages == [{"id": "b1", "type": "image", "content": {"url": GIF}}]
