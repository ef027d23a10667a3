"""Video bubble: a file URL or an embedded player (YouTube, Vimeo, TikTok, Gumlet).

Defaults follow Typebot's ``packages/blocks/bubbles/src/video/constants.ts``.
"""

from enum import StrEnum
from typing import Literal

from pydantic import Field

from botloom.engine.blocks.base import BlockBase
from botloom.schema.model import DocModel


class VideoType(StrEnum):
    """How the video is played: a plain file URL or one provider's embedded player."""

    URL = "url"
    YOUTUBE = "youtube"
    VIMEO = "vimeo"
    TIKTOK = "tiktok"
    GUMLET = "gumlet"


class VideoBubbleContent(DocModel):
    """The video's URL, the provider's video id and how the player is sized and behaves."""

    url: str | None = None
    id: str | None = None
    type: VideoType | None = None
    height: float | str = 400
    aspect_ratio: str = "16/9"
    max_width: str = "100%"
    query_params_str: str | None = None
    are_controls_displayed: bool = True
    is_autoplay_enabled: bool = True


class VideoBubbleBlock(BlockBase):
    """A video from the bot."""

    type: Literal["video"]
    content: VideoBubbleContent = Field(default_factory=VideoBubbleContent)
