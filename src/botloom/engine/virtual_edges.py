"""Edges a session makes itself (a jump, a link, a return): their ids say where they lead.

The running session keeps each one's target in its frame; a transcript, replayed later from
the visited edges alone, reads the target back from the id.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from botloom.engine.bot import Bot

PREFIX = "virtual-"


def virtual_edge_id(group_id: str, block_id: str | None = None) -> str:
    """The id of a session-made edge to ``group_id``, from ``block_id`` on if given."""
    return f"{PREFIX}{group_id}" + (f"-{block_id}" if block_id else "")


def virtual_edge_target(bot: "Bot", edge_id: str) -> tuple[str, str | None] | None:
    """The group (and block) a session-made edge of ``bot`` leads to; None for any other id.
    Group and block ids may hold ``-``, so the bot's own ids tell where one ends."""
    if not edge_id.startswith(PREFIX):
        return None
    rest = edge_id.removeprefix(PREFIX)
    if rest in bot.groups_by_id:
        return rest, None
    for group_id, group in bot.groups_by_id.items():
        block_id = rest.removeprefix(f"{group_id}-")
        if block_id != rest and any(b.id == block_id for b in group.blocks):
            return group_id, block_id
    return None
