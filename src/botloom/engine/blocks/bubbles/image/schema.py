"""Image bubble: a picture, optionally clickable.

Defaults follow Typebot's ``packages/blocks/bubbles/src/image/constants.ts``.
"""

from typing import Literal

from pydantic import Field

from botloom.engine.blocks.base import BlockBase
from botloom.schema.model import DocModel


class ImageClickLink(DocModel):
    """Where a click on the image leads, and the image's alternative text."""

    url: str | None = None
    alt: str = "Bubble image"


class ImageBubbleContent(DocModel):
    """The picture's URL (may hold ``{{variables}}``) and its click link."""

    url: str | None = None
    click_link: ImageClickLink = Field(default_factory=ImageClickLink)


class ImageBubbleBlock(BlockBase):
    """A picture from the bot."""

    type: Literal["image"]
    content: ImageBubbleContent = Field(default_factory=ImageBubbleContent)
