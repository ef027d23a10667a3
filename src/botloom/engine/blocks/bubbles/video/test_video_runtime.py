"""Tests of the video bubble's runner: substituted content and provider detection."""

from typing import Any

import pytest

from botloom.engine.blocks.bubbles.video import SPEC
from botloom.engine.blocks.bubbles.video.execute import execute, parse_video_url
from botloom.engine.blocks.bubbles.video.schema import VideoBubbleBlock
from botloom.engine.blocks.testing import make_context

DOC: dict[str, Any] = {"variables": [{"id": "v-vid", "name": "Video"}]}


def block(content: dict[str, Any]) -> VideoBubbleBlock:
    return VideoBubbleBlock.model_validate({"id": "b1", "type": "video", "content": content})


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://www.youtube.com/watch?v=jp3ggg_42-M&t=22s",
            {"type": "youtube", "url": "youtube.com/watch?v=jp3ggg_42-M", "id": "jp3ggg_42-M"},
        ),
        (
            "https://m.youtube.com/watch?feature=share&v=abc_DEF-123",
            {
                "type": "youtube",
                "url": "youtube.com/watch?feature=share&v=abc_DEF-123",
                "id": "abc_DEF-123",
            },
        ),
        (
            "https://youtu.be/dQw4w9WgXcQ?si=xyz",
            {"type": "youtube", "url": "youtu.be/dQw4w9WgXcQ", "id": "dQw4w9WgXcQ"},
        ),
        (
            "https://www.youtube.com/embed/dQw4w9WgXcQ?start=3",
            {"type": "youtube", "url": "youtube.com/embed/dQw4w9WgXcQ", "id": "dQw4w9WgXcQ"},
        ),
        (
            "https://youtube.com/shorts/Ab1-_x",
            {"type": "youtube", "url": "youtube.com/shorts/Ab1-_x", "id": "Ab1-_x"},
        ),
        (
            "https://vimeo.com/76979871",
            {"type": "vimeo", "url": "vimeo.com/76979871", "id": "76979871"},
        ),
        (
            "https://player.vimeo.com/video/76979871?h=8272103f6e",
            {"type": "vimeo", "url": "vimeo.com/video/76979871", "id": "76979871"},
        ),
        (
            "https://www.tiktok.com/@scout.2015/video/6718335390845095173?lang=en",
            {
                "type": "tiktok",
                "url": "tiktok.com/@scout.2015/video/6718335390845095173",
                "id": "6718335390845095173",
            },
        ),
        (
            "https://gumlet.tv/watch/64ad1b3d4b2d2f0b0c3b0c3b",
            {
                "type": "gumlet",
                "url": "gumlet.tv/watch/64ad1b3d4b2d2f0b0c3b0c3b",
                "id": "64ad1b3d4b2d2f0b0c3b0c3b",
            },
        ),
        (
            "https://play.gumlet.io/embed/64ad1b3d4b2d2f0b",
            {
                "type": "gumlet",
                "url": "play.gumlet.io/embed/64ad1b3d4b2d2f0b",
                "id": "64ad1b3d4b2d2f0b",
            },
        ),
        (
            "https://cdn.example.com/clip.mp4",
            {"type": "url", "url": "https://cdn.example.com/clip.mp4"},
        ),
        (
            "https://vimeo.com/channels/staffpicks",
            {"type": "url", "url": "https://vimeo.com/channels/staffpicks"},
        ),
    ],
)
def test_parse_video_url(url: str, expected: dict[str, str]) -> None:
    assert parse_video_url(url) == expected


@pytest.mark.parametrize(
    ("content", "variables", "expected"),
    [
        pytest.param(
            {
                "url": "https://www.youtube.com/watch?v=jp3ggg_42-M&t=22s",
                "id": "jp3ggg_42-M",
                "type": "youtube",
            },
            {},
            {"url": "youtube.com/watch?v=jp3ggg_42-M", "id": "jp3ggg_42-M", "type": "youtube"},
            id="stored-youtube",
        ),
        pytest.param(
            {"url": "https://youtu.be/{{Video}}", "type": "url"},
            {"Video": "dQw4w9WgXcQ"},
            {"url": "youtu.be/dQw4w9WgXcQ", "type": "youtube", "id": "dQw4w9WgXcQ"},
            id="variable-makes-youtube",
        ),
        pytest.param(
            {"url": "{{Video}}", "type": "youtube", "id": "old"},
            {"Video": "https://cdn.example.com/a.mp4"},
            {"url": "https://cdn.example.com/a.mp4", "type": "url"},
            id="variable-makes-file-url",
        ),
        pytest.param(
            {
                "url": "https://vimeo.com/1",
                "height": 300,
                "aspectRatio": "4/3",
                "maxWidth": "80%",
                "queryParamsStr": "t={{Video}}",
                "areControlsDisplayed": False,
                "isAutoplayEnabled": False,
            },
            {"Video": "5"},
            {
                "url": "vimeo.com/1",
                "type": "vimeo",
                "id": "1",
                "height": 300,
                "aspectRatio": "4/3",
                "maxWidth": "80%",
                "queryParamsStr": "t=5",
                "areControlsDisplayed": False,
                "isAutoplayEnabled": False,
            },
            id="player-settings-kept",
        ),
    ],
)
async def test_message(
    content: dict[str, Any], variables: dict[str, object], expected: dict[str, Any]
) -> None:
    result = await execute(block(content), make_context(DOC, variables=variables))
    assert result.messages == [{"id": "b1", "type": "video", "content": expected}]
    assert result.pause is False


@pytest.mark.parametrize(
    ("content", "variables"),
    [({}, {}), ({"url": "{{Video}}"}, {}), ({"url": "{{Video}}"}, {"Video": ""})],
)
async def test_no_url_no_message(content: dict[str, Any], variables: dict[str, object]) -> None:
    result = await execute(block(content), make_context(DOC, variables=variables))
    assert result.messages == []


async def test_registered_runner() -> None:
    assert SPEC.execute is not None
    result = await SPEC.execute(block({"url": "https://vimeo.com/9"}), make_context(DOC))
    assert result.messages == [
        {"id": "b1", "type": "video", "content": {"url": "vimeo.com/9", "type": "vimeo", "id": "9"}}
    ]
