"""A result's transcript: its run replayed on the bot's flow (docs/engine.md §7, "Transcript").

The replay starts at the start event and walks groups like the chat does, but decides nothing
itself where the run already did: inputs take the result's answers in order, set-variable
history rows give variables the values they had, and the off-default edges the run took (items,
paths, jumps, returns, links) are followed in the order they were recorded. Conditions are
evaluated on the replayed variables, which is why the history keeps the variables conditions
read. Bubbles are rendered as markdown with the values of the moment. The replay stops at the
first input left unanswered.

No I/O: JavaScript (``{{= code =}}``) is not run, its text is substituted as plain text, and a
link to another bot is passed over (its blocks are not in this document).
"""

from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from botloom.engine.blocks.base import BlockBase, BlockFamily
from botloom.engine.blocks.bubbles.rich_text import (
    plain_text,
    rich_text_to_markdown,
    substitute_rich_text,
)
from botloom.engine.blocks.catalog import SPECS_BY_TYPE
from botloom.engine.bot import Bot
from botloom.engine.conditions import evaluate_condition
from botloom.engine.linking import CURRENT_BOT
from botloom.engine.ports import Ports
from botloom.engine.runtime import TurnContext
from botloom.engine.state import BotFrame, SessionState
from botloom.engine.templating import TemplateContext
from botloom.engine.virtual_edges import virtual_edge_id, virtual_edge_target

MAX_REPLAY_BLOCKS = 20_000
"""Blocks a replay may visit: a run that loops without inputs must not hang the request."""

_MEDIA = frozenset({"image", "video", "audio"})
_BRANCHING_INPUTS = frozenset({"choice input", "picture choice input", "cards"})
_ITEM_LABELS = ("content", "value", "title", "pictureSrc", "imageUrl")


@dataclass(frozen=True)
class ReplayAnswer:
    """An answer of the result, in the order it was given."""

    block_id: str
    content: str
    attached_file_urls: Sequence[str] | None = None


@dataclass(frozen=True)
class ReplayValue:
    """A set-variable history row: the value a variable got at a block."""

    block_id: str
    variable_id: str
    value: Any


TranscriptEntry = dict[str, str]
"""``{role, type, text|image|video|audio}``, the shape of Typebot's transcript lines."""


def _no_io_ports() -> Ports:
    async def no_bot(_typebot_id: str) -> Bot | None:
        return None

    return Ports(
        load_bot=no_bot,
        now=lambda: datetime.fromtimestamp(0, UTC),
        new_id=lambda: "transcript",
        random=lambda: 0.0,
    )


@dataclass
class _Replay:
    ctx: TurnContext
    answers: deque[ReplayAnswer]
    history: deque[ReplayValue]
    edges: deque[str]
    lines: list[TranscriptEntry]
    resume_edges: list[str]
    return_pending: bool = False
    """A jump was followed from a block with blocks after it: a Return goes back there."""

    @property
    def bot(self) -> Bot:
        return self.ctx.bot


async def compute_transcript(
    bot: Bot,
    *,
    answers: Iterable[ReplayAnswer],
    history: Iterable[ReplayValue],
    visited_edge_ids: Iterable[str],
) -> list[TranscriptEntry]:
    """The conversation of one result: bot bubbles and user replies, in order."""
    state = SessionState(
        frames=[BotFrame(version_id=bot.version_id, typebot_id=bot.typebot_id)],
        text_format="markdown",
    )
    replay = _Replay(
        ctx=TurnContext(state, {bot.version_id: bot}, _no_io_ports()),
        answers=deque(answers),
        history=deque(history),
        edges=deque(visited_edge_ids),
        lines=[],
        resume_edges=[],
    )
    events = bot.document.events
    edge_id = events[0].outgoing_edge_id if events else None
    budget = MAX_REPLAY_BLOCKS
    while budget > 0:
        target = _resolve(bot, edge_id)
        if target is None:
            if not replay.resume_edges:
                break
            edge_id = replay.resume_edges.pop(0)
            continue
        group_id, block_id = target
        blocks = bot.groups_by_id[group_id].blocks
        start = next((i for i, b in enumerate(blocks) if b.id == block_id), 0)
        edge_id = None
        for block in blocks[start:]:
            budget -= 1
            step = await _replay_block(replay, block)
            if step is _STOP:
                return replay.lines
            if isinstance(step, str):
                edge_id = step
                break
            if step is _END_PATH:
                break
    return replay.lines


class _Step:
    """A block's verdict when it does not name an edge."""


_NEXT = _Step()
_END_PATH = _Step()
_STOP = _Step()


async def _replay_block(replay: _Replay, block: BlockBase) -> str | _Step:
    """Replay one block: the edge to follow, the next block, the end of the path, or stop."""
    spec = SPECS_BY_TYPE.get(block.type)
    family = spec.family if spec is not None else None
    if family != BlockFamily.INPUT:
        _apply_history(replay, block.id)
    if family == BlockFamily.BUBBLE:
        line = await _bubble_line(replay.ctx, block)
        if line is not None:
            replay.lines.append(line)
    elif family == BlockFamily.INPUT:
        if not replay.answers:
            return _STOP
        answer = replay.answers.popleft()
        _answer(replay, block, answer)
        _apply_history(replay, block.id)
        chosen = _answer_edge(replay, block, answer)
        if chosen is not None:
            return chosen
    elif block.type == "Condition":
        return _condition_edge(replay, block)
    elif block.type == "AB test":
        taken = _take_edge(replay, _item_edges(block))
        return taken if taken is not None else _END_PATH
    elif block.type in {"Jump", "Return", "Typebot link"}:
        return _session_edge(replay, block)
    return block.outgoing_edge_id or _NEXT


def _apply_history(replay: _Replay, block_id: str) -> None:
    while replay.history and replay.history[0].block_id == block_id:
        item = replay.history.popleft()
        replay.ctx.set_variable(item.variable_id, item.value, block_id=block_id)


async def _bubble_line(ctx: TurnContext, block: BlockBase) -> TranscriptEntry | None:
    content: Any = getattr(block, "content", None)
    if content is None:
        return None
    if block.type == "text":
        rich_text = await substitute_rich_text(getattr(content, "rich_text", None) or [], ctx)
        if not plain_text(rich_text).strip():
            return None
        return {"role": "bot", "type": "text", "text": rich_text_to_markdown(rich_text)}
    if block.type in _MEDIA:
        url = await ctx.substitute(getattr(content, "url", None))
        return {"role": "bot", "type": block.type, block.type: url} if url else None
    return None


def _answer(replay: _Replay, block: BlockBase, answer: ReplayAnswer) -> None:
    text = ", ".join(answer.attached_file_urls) if answer.attached_file_urls else answer.content
    replay.lines.append({"role": "user", "type": "text", "text": text})
    variable_id = getattr(getattr(block, "options", None), "variable_id", None)
    # The history, applied next, has the exact value when the variable is shown or tested
    # later (a list the answer was appended to, a parsed number); the answer is the fallback.
    replay.ctx.set_variable(variable_id, answer.content, block_id=block.id)


def _answer_edge(replay: _Replay, block: BlockBase, answer: ReplayAnswer) -> str | None:
    """The item's or path's edge the answer took, if the run recorded one here."""
    if block.type not in _BRANCHING_INPUTS:
        return None
    items = [item.model_dump(mode="json", by_alias=True) for item in getattr(block, "items", [])]
    matching = [item for item in items if answer.content in _labels(item)]
    # A recorded edge of an item that the answer does not name belongs to a later visit.
    candidates = _edges_of(matching) if matching else _edges_of(items)
    return _take_edge(replay, candidates)


def _labels(item: dict[str, Any]) -> set[str]:
    return {str(item[key]) for key in _ITEM_LABELS if item.get(key)}


def _edges_of(items: list[dict[str, Any]]) -> set[str]:
    edges = {str(item["outgoingEdgeId"]) for item in items if item.get("outgoingEdgeId")}
    for item in items:
        edges.update(
            str(p["outgoingEdgeId"]) for p in item.get("paths", []) or [] if p.get("outgoingEdgeId")
        )
    return edges


def _item_edges(block: BlockBase) -> set[str]:
    items = [item.model_dump(mode="json", by_alias=True) for item in getattr(block, "items", [])]
    return _edges_of(items)


def _take_edge(replay: _Replay, candidates: set[str]) -> str | None:
    """The next recorded edge, consumed, if it is one of ``candidates``."""
    if replay.edges and replay.edges[0] in candidates:
        return replay.edges.popleft()
    return None


def _condition_edge(replay: _Replay, block: BlockBase) -> str | _Step:
    ctx = replay.ctx
    template = TemplateContext.from_store(ctx.variables)
    for item in getattr(block, "items", []):
        if evaluate_condition(item.content, ctx.value_of, template):
            if item.outgoing_edge_id is None:
                return _END_PATH
            _take_edge(replay, {item.outgoing_edge_id})
            return str(item.outgoing_edge_id)
    return block.outgoing_edge_id or _NEXT


def _session_edge(replay: _Replay, block: BlockBase) -> str | _Step:
    """Jumps, returns and links to this bot went by edges the run recorded; follow them."""
    options: Any = getattr(block, "options", None)
    if block.type == "Typebot link":
        linked = getattr(options, "typebot_id", None)
        if linked not in {CURRENT_BOT, replay.bot.typebot_id}:
            return block.outgoing_edge_id or _NEXT
    if block.type == "Return":
        if not replay.return_pending:
            return _NEXT  # nothing to return to: the walk goes on with the next block
        replay.return_pending = False
    while replay.edges and _resolve(replay.bot, replay.edges[0]) is None:
        replay.edges.popleft()  # an edge of another bot (a link), not replayable here
    if not replay.edges:
        return _END_PATH
    if block.type == "Jump":
        replay.return_pending = _edge_to_next_block(replay.bot, block) is not None
    if block.type == "Typebot link":
        resume = block.outgoing_edge_id or _edge_to_next_block(replay.bot, block)
        if resume is not None:
            replay.resume_edges.insert(0, resume)
    return replay.edges.popleft()


def _edge_to_next_block(bot: Bot, block: BlockBase) -> str | None:
    position = bot.positions[block.id]
    blocks = bot.groups_by_id[position.group_id].blocks
    if position.index + 1 >= len(blocks):
        return None
    return virtual_edge_id(position.group_id, blocks[position.index + 1].id)


def _resolve(bot: Bot, edge_id: str | None) -> tuple[str, str | None] | None:
    """The group (and block) an edge leads to: a document edge, or a session-made one."""
    if not edge_id:
        return None
    edge = bot.edges_by_id.get(edge_id)
    if edge is not None:
        group_id = edge.to.group_id
        return (group_id, edge.to.block_id) if group_id in bot.groups_by_id else None
    return virtual_edge_target(bot, edge_id)
