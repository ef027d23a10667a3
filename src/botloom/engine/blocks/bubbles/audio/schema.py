"""Audio bubble: a sound file the visitor can play.

Defaults follow Typebot's ``packages/blocks/bubbles/src/audio/constants.ts``.
"""

from typing import Literal

from pydantic import Field

from botloom.engine.blocks.base import BlockBase
from botloom.schema.model import DocModel


class AudioBubbleContent(DocModel):
    """The sound file's URL and whether it starts playing by itself."""

    url: str | None = None
    is_autoplay_enabled: bool = True


class AudioBubbleBlock(BlockBase):
    """A sound message from the bot."""

    type: Literal["audio"]
    content: AudioBubbleContent = Field(default_factory=AudioBubbleContent)
