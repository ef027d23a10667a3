"""What the media bubbles (image, video, audio, embed) share: their content, substituted."""

from collections.abc import Callable
from typing import Any, Protocol

from botloom.engine.runtime import BlockResult, TurnContext
from botloom.schema.model import DocModel


class MediaBubble(Protocol):
    """A bubble block whose ``content`` is sent to the client as it is stored."""

    @property
    def id(self) -> str:
        """The block id, which is also the message id."""
        ...

    @property
    def type(self) -> str:
        """The block type, which is also the message type."""
        ...

    @property
    def content(self) -> DocModel:
        """The bubble's content."""
        ...


async def media_result(
    block: MediaBubble,
    ctx: TurnContext,
    *,
    adjust: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
    pause: bool = False,
) -> BlockResult:
    """The bubble's message: its content as stored (defaults are left to the client), every
    string substituted, then ``adjust``-ed. No message, and no pause, without a URL."""
    stored = block.content.model_dump(mode="json", exclude_unset=True)
    content: dict[str, Any] = await ctx.deep_substitute(stored)
    if adjust is not None:
        content = adjust(content)
    if not content.get("url"):
        return BlockResult()
    message = {"id": block.id, "type": block.type, "content": content}
    return BlockResult(messages=[message], pause=pause)
