"""When a forge action streams its answer to the web widget instead of running in the turn
(docs/engine.md §2, Forge): the client asked for streams (``isStreamEnabled``), and the next block
is a text bubble that starts with exactly the ``{{variable}}`` the answer goes to. The turn then
stops on the block with a ``stream`` action; the client calls ``streamMessage``, which runs the
action and shows the text as it comes, so that bubble is not sent again afterwards.
"""

import re
from typing import TYPE_CHECKING, Any

from botloom.engine.blocks.base import BlockBase
from botloom.engine.blocks.bubbles.text.schema import TextBubbleBlock
from botloom.engine.messages import plain_text
from botloom.engine.runtime import TurnContext

if TYPE_CHECKING:
    # Only for annotations: the forge runner imports this module while the block catalogue,
    # which the bot module needs, is still being built.
    from botloom.engine.bot import Bot

_LEADING_VARIABLE = re.compile(r"^\{\{([^{}]+)\}\}")


def stream_client_action() -> dict[str, Any]:
    """The client-side action that makes the widget call ``streamMessage`` (docs/chat-api.md)."""
    return {"type": "stream", "stream": True, "expectsDedicatedReply": True}


def next_block(bot: "Bot", block: BlockBase) -> BlockBase | None:
    """The block the flow reaches right after ``block``: through its edge, else the next one
    of its group."""
    if block.outgoing_edge_id:
        edge = bot.edges_by_id.get(block.outgoing_edge_id)
        group = None if edge is None else bot.groups_by_id.get(edge.to.group_id)
        if edge is None or group is None or not group.blocks:
            return None
        if edge.to.block_id:
            return bot.block(edge.to.block_id)
        return group.blocks[0]
    position = bot.positions.get(block.id)
    if position is None:
        return None
    blocks = bot.groups_by_id[position.group_id].blocks
    return blocks[position.index + 1] if position.index + 1 < len(blocks) else None


def streamed_bubble(bot: "Bot", block: BlockBase) -> TextBubbleBlock | None:
    """The text bubble after ``block``, which a stream shows in its place."""
    following = next_block(bot, block)
    return following if isinstance(following, TextBubbleBlock) else None


def streamable_variable_id(block: BlockBase, ctx: TurnContext) -> str | None:
    """The variable a streamed answer of ``block`` would fill, if this turn may stream it."""
    if not ctx.state.is_stream_enabled:
        return None
    bubble = streamed_bubble(ctx.bot, block)
    if bubble is None:
        return None
    text = plain_text({"content": {"richText": bubble.content.rich_text or []}})
    match = _LEADING_VARIABLE.match(text)
    variable = None if match is None else ctx.variables.get_by_name(match.group(1).strip())
    return None if variable is None else variable.id
