"""Runs the text bubble: its rich text with variables replaced, as rich text or markdown."""

from typing import Any

from botloom.engine.blocks.bubbles.rich_text import (
    plain_text,
    rich_text_to_markdown,
    substitute_rich_text,
)
from botloom.engine.blocks.bubbles.text.schema import TextBubbleBlock
from botloom.engine.runtime import BlockResult, TurnContext


async def execute(block: TextBubbleBlock, ctx: TurnContext) -> BlockResult:
    """A text message, or none when the bubble's text is blank once variables are replaced."""
    rich_text = await substitute_rich_text(block.content.rich_text or [], ctx)
    if not plain_text(rich_text).strip():
        return BlockResult()
    content: dict[str, Any]
    if ctx.state.text_format == "markdown":
        content = {"type": "markdown", "markdown": rich_text_to_markdown(rich_text)}
    else:
        content = {"type": "richText", "richText": rich_text}
    return BlockResult(messages=[{"id": block.id, "type": "text", "content": content}])
