"""Runs the video bubble: its content with variables replaced and its URL read again, since a
substituted URL may name another provider than the one the builder saw."""

import re
from typing import Any

from botloom.engine.blocks.bubbles.media import media_result
from botloom.engine.blocks.bubbles.video.schema import VideoBubbleBlock, VideoType
from botloom.engine.runtime import BlockResult, TurnContext

# Each pattern's whole match becomes the message URL and its first group the video id.
_PROVIDERS: tuple[tuple[VideoType, re.Pattern[str]], ...] = (
    (
        VideoType.YOUTUBE,
        re.compile(
            r"(?:youtube(?:-nocookie)?\.com/(?:watch\?(?:[^#\s]*?&)?v=|shorts/|embed/|live/)"
            r"|youtu\.be/)([\w-]+)"
        ),
    ),
    (VideoType.VIMEO, re.compile(r"vimeo\.com/(?:video/)?(\d+)")),
    (VideoType.TIKTOK, re.compile(r"tiktok\.com/@[\w.-]+/video/(\d+)")),
    (VideoType.GUMLET, re.compile(r"(?:gumlet\.tv/watch|play\.gumlet\.io/embed)/(\w+)")),
)


def parse_video_url(url: str) -> dict[str, str]:
    """The player for a URL: ``{type, url, id}`` for a provider (``url`` cut to the part that
    names the video), else ``{type: "url", url}`` to play the file itself."""
    for video_type, pattern in _PROVIDERS:
        match = pattern.search(url)
        if match:
            return {"type": video_type.value, "url": match[0], "id": match[1]}
    return {"type": VideoType.URL.value, "url": url}


def _with_parsed_url(content: dict[str, Any]) -> dict[str, Any]:
    url = content.get("url")
    if not url:
        return content
    rest = {key: value for key, value in content.items() if key != "id"}
    return {**rest, **parse_video_url(url)}


async def execute(block: VideoBubbleBlock, ctx: TurnContext) -> BlockResult:
    """The video message (none without a URL)."""
    return await media_result(block, ctx, adjust=_with_parsed_url)
