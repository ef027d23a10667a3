"""Text bubble: rich text (Plate nodes) that may hold ``{{variables}}``."""

from typing import Any, Literal

from pydantic import Field

from botloom.engine.blocks.base import BlockBase
from botloom.schema.model import DocModel


class TextBubbleContent(DocModel):
    """The bubble's text; ``richText`` is what the runtime reads, the rest is for display."""

    html: str | None = None
    rich_text: list[dict[str, Any]] | None = None
    plain_text: str | None = None


class TextBubbleBlock(BlockBase):
    """A text message from the bot."""

    type: Literal["text"]
    content: TextBubbleContent = Field(default_factory=TextBubbleContent)
