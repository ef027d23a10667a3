"""Embed bubble: a web page in an iframe, which may pause the bot until it posts an event.

Defaults follow Typebot's ``packages/blocks/bubbles/src/embed/constants.ts``.
"""

from typing import Literal

from pydantic import Field

from botloom.engine.blocks.base import BlockBase
from botloom.schema.model import DocModel


class EmbedWaitForEvent(DocModel):
    """The window message the bot waits for, and the variable that receives its data."""

    is_enabled: bool | None = None
    name: str | None = None
    save_data_in_variable_id: str | None = None


class EmbedBubbleContent(DocModel):
    """The embedded page's URL, the iframe's height and the optional event to wait for."""

    url: str | None = None
    height: float | str = 400
    wait_for_event: EmbedWaitForEvent = Field(default_factory=EmbedWaitForEvent)


class EmbedBubbleBlock(BlockBase):
    """An embedded web page from the bot."""

    type: Literal["embed"]
    content: EmbedBubbleContent = Field(default_factory=EmbedBubbleContent)
