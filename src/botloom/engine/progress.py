"""The progress bar's value (docs/engine.md §5): answers so far against the longest path ahead."""

from botloom.engine.blocks.catalog import is_input_type
from botloom.engine.bot import Bot
from botloom.engine.runtime import TurnContext

COMPLETE = 100.0


def compute_progress(ctx: TurnContext, completed: bool) -> float | None:
    """The percentage to show, or ``None`` when the bot shows no progress bar."""
    if not _is_enabled(ctx):
        return None
    if completed:
        return COMPLETE
    current = ctx.state.current_block_id
    if current is None:
        return None
    answered = ctx.state.total_answers
    remaining = _longest_input_path(ctx.bot, current)
    return (answered + 1) / (remaining + answered + 1) * 100


def _is_enabled(ctx: TurnContext) -> bool:
    if ctx.state.progress_bar_override is not None:
        return ctx.state.progress_bar_override
    bar = ctx.bot.document.theme.general.progress_bar or {}
    return bool(bar.get("isEnabled"))


def _longest_input_path(bot: Bot, block_id: str) -> int:
    """Inputs on the longest path after ``block_id`` (each group counted once per path). The
    walk starts at the block itself, whose own edges (a choice's items) lead on, but the block
    is not counted: it is the input being asked."""
    position = bot.positions.get(block_id)
    if position is None:
        return 0
    group = bot.groups_by_id[position.group_id]
    asked = 1 if is_input_type(group.blocks[position.index].type) else 0
    seen = frozenset({position.group_id})
    return _from_group(bot, position.group_id, position.index, seen) - asked


def _from_group(bot: Bot, group_id: str, start: int, seen: frozenset[str]) -> int:
    inputs = 0
    best_after = 0
    for block in bot.groups_by_id[group_id].blocks[start:]:
        if is_input_type(block.type):
            inputs += 1
        for edge_id in _edges_of(block):
            best_after = max(best_after, _follow(bot, edge_id, seen))
    return inputs + best_after


def _edges_of(block: object) -> list[str]:
    edges = [getattr(block, "outgoing_edge_id", None)]
    for item in getattr(block, "items", None) or []:
        edges.append(getattr(item, "outgoing_edge_id", None))
        edges.extend(getattr(p, "outgoing_edge_id", None) for p in getattr(item, "paths", []) or [])
    return [e for e in edges if e]


def _follow(bot: Bot, edge_id: str, seen: frozenset[str]) -> int:
    edge = bot.edges_by_id.get(edge_id)
    if edge is None or edge.to.group_id in seen or edge.to.group_id not in bot.groups_by_id:
        return 0
    group = bot.groups_by_id[edge.to.group_id]
    start = next((i for i, b in enumerate(group.blocks) if b.id == edge.to.block_id), 0)
    return _from_group(bot, group.id, start, seen | {group.id})
