"""Starting and continuing a chat: follow edges, run blocks, stop at inputs (docs/engine.md §5).

``start_chat`` and ``continue_chat`` are the engine's entry points. They take a session state
and the bots it runs, and return the response to send and the records to save; they do no I/O
of their own (``Ports`` does, for linked bots and JavaScript).
"""

from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic_core import PydanticSerializationError, to_json

from botloom.engine.blocks.base import BlockBase, BlockFamily, BlockSpec
from botloom.engine.blocks.catalog import spec_for
from botloom.engine.bot import Bot
from botloom.engine.history import uses_transcript
from botloom.engine.linking import enter_linked_bot, pop_frame
from botloom.engine.messages import plain_text
from botloom.engine.ports import Ports
from botloom.engine.progress import compute_progress
from botloom.engine.runtime import (
    CONTINUE,
    AnswerRecord,
    InvalidReply,
    ParsedReply,
    Reply,
    TurnContext,
    TurnRecords,
    VisitedEdgeRecord,
    _Continue,
    session_values,
)
from botloom.engine.state import BotFrame, ChatAnswer, ReturnMark, SessionState, TranscriptLine
from botloom.engine.variables import VariableStore, VariableValue
from botloom.schema.graph import CommandEvent, InvalidReplyEvent, ReplyEvent
from botloom.schema.settings import DEFAULT_INVALID_MESSAGE

EMAIL_RETRY_MESSAGE = "This email doesn't seem to be valid. Can you type it again?"
MAX_STEPS_PER_TURN = 5_000
"""Blocks one turn may run before the walk is cut: a loop without input must not hang a worker."""
MAX_OUTPUT_ITEMS_PER_TURN = 300
MAX_OUTPUT_BYTES_PER_TURN = 2 * 1024 * 1024
"""Messages and client-side actions one turn may send, in number and in JSON bytes: a loop that
repeats a long variable in a bubble must not build a response of hundreds of megabytes."""

INPUT_TYPE_NAMES = {
    "text input": "text",
    "choice input": "buttons",
    "email input": "email",
    "number input": "number",
    "url input": "url",
    "date input": "date",
    "time input": "time",
    "phone number input": "phone",
    "payment input": "payment",
    "rating input": "rating",
    "file input": "file",
    "picture choice input": "picture choice",
    "cards": "cards",
}
"""How reply events name the input a reply was for (Typebot's input type names)."""

_INPUTS_NEVER_ANSWERED_AT_START = frozenset(
    {"choice input", "picture choice input", "cards", "payment input"}
)


class EngineError(ValueError):
    """A request the engine refuses (mapped to HTTP 400 by the channel)."""


@dataclass
class StartOptions:
    """What a startChat request may ask for."""

    result_id: str | None
    is_preview: bool = False
    prefilled_variables: dict[str, Any] = field(default_factory=dict)
    start_group_id: str | None = None
    start_event_id: str | None = None
    message: Reply | None = None
    is_stream_enabled: bool = False
    text_format: str = "richText"
    workspace_id: str | None = None
    public_id: str | None = None
    progress_bar_override: bool | None = None
    only_register: bool = False
    """Create the session without running anything: the first continueChat starts the flow."""


@dataclass
class TurnOutcome:
    """A turn's response, the state to keep, and what to write to results."""

    state: SessionState
    messages: list[dict[str, Any]]
    input: dict[str, Any] | None
    client_side_actions: list[dict[str, Any]]
    logs: list[dict[str, Any]]
    records: TurnRecords
    completed: bool
    last_message_new_format: str | None = None
    progress: float | None = None
    new_results: list[tuple[str, str]] = field(default_factory=list)
    """``(result id, typebot id)`` of results that linked bots started this turn."""
    frames: list[BotFrame] = field(default_factory=list)
    """Every frame the turn touched (popped ones too), for result variables and answers."""


@dataclass
class _Stop:
    """Why a walk stopped: an input to answer, a paused block, or the end."""

    input: dict[str, Any] | None = None
    paused: bool = False


def _initial_variables(bot: Bot, prefilled: dict[str, Any]) -> VariableStore:
    store = VariableStore.of(bot.variables)
    values = {
        v.id: prefilled[v.name]
        for v in bot.variables
        if v.name in prefilled and prefilled[v.name] is not None
    }
    return store.set_many(values) if values else store


async def start_chat(bot: Bot, ports: Ports, options: StartOptions) -> TurnOutcome:
    """Start a chat on ``bot``: run it from its start (or ``startFrom``) to the first input."""
    variables = _initial_variables(bot, options.prefilled_variables)
    state = SessionState(
        frames=[
            BotFrame(
                version_id=bot.version_id,
                typebot_id=bot.typebot_id,
                result_id=options.result_id,
                variables=session_values(bot.variables, variables),
            )
        ],
        workspace_id=options.workspace_id,
        public_id=options.public_id,
        is_preview=options.is_preview,
        is_stream_enabled=options.is_stream_enabled,
        text_format="markdown" if options.text_format == "markdown" else "richText",
        progress_bar_override=options.progress_bar_override,
        transcript=[] if uses_transcript(bot) else None,
    )
    ctx = TurnContext(state, {bot.version_id: bot}, ports)
    if options.only_register:
        return _outcome(ctx, _Stop(paused=True))
    stop = await _walk(ctx, _start_edge(ctx, options))
    if options.message is not None and _answers_start_message(ctx, stop):
        return await _continue(ctx, options.message)
    return _outcome(ctx, stop)


def _start_edge(ctx: TurnContext, options: StartOptions) -> str | None:
    bot = ctx.bot
    if options.start_group_id:
        if options.start_group_id not in bot.groups_by_id:
            raise EngineError(f"startFrom.groupId: unknown group {options.start_group_id!r}")
        return ctx.add_virtual_edge(options.start_group_id)
    events = bot.document.events
    if options.start_event_id:
        event = next((e for e in events if e.id == options.start_event_id), None)
        if event is None:
            raise EngineError(f"startFrom.eventId: unknown event {options.start_event_id!r}")
        return event.outgoing_edge_id
    return events[0].outgoing_edge_id if events else None


def _answers_start_message(ctx: TurnContext, stop: _Stop) -> bool:
    """A start message answers the first input only if nothing was said before it."""
    if ctx.messages or stop.input is None or stop.paused:
        return False
    if any(a.get("expectsDedicatedReply") for a in ctx.client_side_actions):
        return False
    return stop.input.get("type") not in _INPUTS_NEVER_ANSWERED_AT_START


async def continue_chat(
    state: SessionState, bots: dict[str, Bot], ports: Ports, message: Reply | None
) -> TurnOutcome:
    """Continue a chat with the visitor's reply (or the client's dedicated reply)."""
    ctx = TurnContext(state, bots, ports)
    return await _continue(ctx, message)


async def _continue(ctx: TurnContext, message: Reply | None) -> TurnOutcome:
    state = ctx.state
    if message is not None and message.type == "command":
        return await _run_command(ctx, message.text)
    if state.current_block_id is None:
        return await _restart(ctx)
    block = ctx.bot.block(state.current_block_id)
    if block is None:
        state.current_block_id = None
        return await _restart(ctx)
    spec = spec_for(block)
    if spec is None or spec.family != BlockFamily.INPUT:
        return await _resume_paused(ctx, block, spec, message)
    return await _answer_input(ctx, block, spec, message or Reply())


async def _restart(ctx: TurnContext) -> TurnOutcome:
    """A session with nothing to answer starts over (answers reset)."""
    ctx.frame.answers = []
    events = ctx.bot.document.events
    stop = await _walk(ctx, events[0].outgoing_edge_id if events else None)
    return _outcome(ctx, stop)


async def _run_command(ctx: TurnContext, command: str) -> TurnOutcome:
    event = next(
        (
            e
            for e in ctx.bot.document.events
            if isinstance(e, CommandEvent) and e.options.command == command
        ),
        None,
    )
    if event is None:
        raise EngineError(f"message.command: no command event for {command!r}")
    current = ctx.state.current_block_id
    if current is not None:
        if event.options.resume_after:
            position = ctx.bot.positions[current]
            ctx.frame.queued_edge_ids.insert(0, ctx.add_virtual_edge(position.group_id, current))
        else:
            ctx.state.return_mark = ReturnMark(block_id=current)
    stop = await _walk(ctx, event.outgoing_edge_id)
    return _outcome(ctx, stop)


async def _resume_paused(
    ctx: TurnContext, block: BlockBase, spec: BlockSpec | None, message: Reply | None
) -> TurnOutcome:
    """The client answered a paused block: hand it the reply, then go on after the block."""
    if spec is not None and spec.resume is not None and message is not None:
        await spec.resume(block, message, ctx)
    ctx.state.current_block_id = None
    stop = await _walk(ctx, None, after_block=block.id)
    return _outcome(ctx, stop)


async def _answer_input(
    ctx: TurnContext, block: BlockBase, spec: BlockSpec, reply: Reply
) -> TurnOutcome:
    parsed: ParsedReply | InvalidReply
    if spec.parse_reply is None:
        parsed = ParsedReply(content=reply.text)
    else:
        parsed = await spec.parse_reply(block, reply, ctx)
    events = ctx.bot.document.events
    invalid_event = next((e for e in events if isinstance(e, InvalidReplyEvent)), None)
    reply_event = next((e for e in events if isinstance(e, ReplyEvent)), None)
    skip_reply_event = bool(ctx.state.extra.pop("skipReplyEvent", False))
    if isinstance(parsed, InvalidReply) and invalid_event and invalid_event.outgoing_edge_id:
        _set_event_variables(ctx, invalid_event, block, reply)
        ctx.state.return_mark = ReturnMark(block_id=block.id)
        return _outcome(ctx, await _walk(ctx, invalid_event.outgoing_edge_id))
    if reply_event and reply_event.outgoing_edge_id and not skip_reply_event:
        _set_event_variables(ctx, reply_event, block, reply)
        ctx.state.return_mark = ReturnMark(
            block_id=block.id, auto_resume_message=_reply_json(reply)
        )
        return _outcome(ctx, await _walk(ctx, reply_event.outgoing_edge_id))
    if isinstance(parsed, InvalidReply):
        return await _retry(ctx, block, parsed)
    _save_answer(ctx, block, parsed)
    ctx.last_message_new_format = parsed.new_format
    ctx.state.current_block_id = None
    if parsed.edge_id:
        _visit(ctx, parsed.edge_id, block)
        stop = await _walk(ctx, parsed.edge_id)
    else:
        stop = await _walk(ctx, None, after_block=block.id)
    return _outcome(ctx, stop)


def _reply_json(reply: Reply) -> dict[str, Any]:
    out: dict[str, Any] = {"type": reply.type, "text": reply.text}
    if reply.reply_id:
        out["metadata"] = {"replyId": reply.reply_id}
    if reply.attached_file_urls:
        out["attachedFileUrls"] = reply.attached_file_urls
    if reply.url:
        out["url"] = reply.url
    return out


def _set_event_variables(
    ctx: TurnContext, event: ReplyEvent | InvalidReplyEvent, block: BlockBase, reply: Reply
) -> None:
    group = ctx.bot.group_of(block.id)
    options = event.options
    ctx.set_variable(options.content_variable_id, reply.text or reply.url, block_id=block.id)
    ctx.set_variable(
        options.input_name_variable_id, group.title if group else None, block_id=block.id
    )
    input_type = INPUT_TYPE_NAMES.get(block.type, block.type)
    ctx.set_variable(options.input_type_variable_id, input_type, block_id=block.id)


async def _retry(ctx: TurnContext, block: BlockBase, invalid: InvalidReply) -> TurnOutcome:
    """Say the reply was not valid, and ask the same input again."""
    text = invalid.retry_message or _default_retry_message(ctx, block)
    ctx.messages.append(
        {
            "id": block.id,
            "type": "text",
            "content": _plain_text_content(ctx, await ctx.substitute(text)),
        }
    )
    return _outcome(ctx, _Stop(input=await _format_input(ctx, block)))


def _default_retry_message(ctx: TurnContext, block: BlockBase) -> str:
    options = getattr(block, "options", None)
    custom = getattr(options, "retry_message_content", None)
    if custom:
        return str(custom)
    if block.type == "email input":
        return EMAIL_RETRY_MESSAGE
    system = ctx.bot.document.settings.general.system_messages
    return (system.invalid_message if system else None) or DEFAULT_INVALID_MESSAGE


def _plain_text_content(ctx: TurnContext, text: str) -> dict[str, Any]:
    if ctx.state.text_format == "markdown":
        return {"type": "markdown", "markdown": text}
    return {"type": "richText", "richText": [{"type": "p", "children": [{"text": text}]}]}


def _save_answer(ctx: TurnContext, block: BlockBase, parsed: ParsedReply) -> None:
    if parsed.skip:
        return
    options = getattr(block, "options", None)
    variable_id: str | None = getattr(options, "variable_id", None)
    value: VariableValue = parsed.value if parsed.value is not None else parsed.content
    variable = ctx.variables.get(variable_id) if variable_id else None
    if variable is not None and isinstance(variable.value, list):
        ctx.append_variable(variable_id, value, block_id=block.id)
    else:
        ctx.set_variable(variable_id, value, block_id=block.id)
    key = variable.name if variable is not None else _answer_key(ctx, block)
    ctx.frame.answers.append(ChatAnswer(key=key, value=parsed.content))
    _add_transcript_line(ctx, "user", parsed.content)
    ctx.state.total_answers += 1
    if ctx.result_id is not None:
        ctx.records.answers.append(
            AnswerRecord(ctx.result_id, block.id, parsed.content, parsed.attached_file_urls)
        )


def _add_transcript_line(ctx: TurnContext, role: Literal["bot", "user"], text: str) -> None:
    if ctx.state.transcript is not None:
        ctx.state.transcript.append(TranscriptLine(role=role, text=text))


def _answer_key(ctx: TurnContext, block: BlockBase) -> str:
    """An answer without a variable is keyed by its group's title, numbered when repeated."""
    group = ctx.bot.group_of(block.id)
    title = group.title if group else block.id
    existing = {a.key for a in ctx.frame.answers}
    if title not in existing:
        return title
    n = 2
    while f"{title} ({n})" in existing:
        n += 1
    return f"{title} ({n})"


def _visit(ctx: TurnContext, edge_id: str, block: BlockBase | None) -> None:
    """Record an off-default edge (an item's, a path's, a condition's or a virtual one)."""
    if block is not None and edge_id == block.outgoing_edge_id:
        return
    if ctx.result_id is not None:
        ctx.records.visited_edges.append(
            VisitedEdgeRecord(ctx.result_id, edge_id, ctx.state.visited_edge_index)
        )
    ctx.state.visited_edge_index += 1


async def _walk(ctx: TurnContext, edge_id: str | None, *, after_block: str | None = None) -> _Stop:
    """Follow ``edge_id`` (or go on after ``after_block``) until an input, a pause or the end."""
    steps = 0
    if after_block is not None:
        edge_id, stop = await _run_rest_of_group(ctx, after_block)
        if stop is not None:
            return stop
    while True:
        steps += 1
        if steps > MAX_STEPS_PER_TURN:
            ctx.log("The flow ran too many blocks in one turn and was stopped (a loop?)")
            return _Stop()
        if _output_exceeded(ctx):
            ctx.log(
                "The flow sent too much in one turn and was stopped (a loop?)",
                details=f"at most {MAX_OUTPUT_ITEMS_PER_TURN} messages and actions, "
                f"{MAX_OUTPUT_BYTES_PER_TURN} bytes",
            )
            return _Stop()
        target = _resolve_edge(ctx, edge_id)
        if target is None:
            next_edge = await pop_frame(ctx)
            if next_edge is None:
                return _Stop()
            edge_id = next_edge
            continue
        group_id, start_block_id = target
        edge_id, stop = await _run_group(ctx, group_id, start_block_id)
        if stop is not None:
            return stop


def _resolve_edge(ctx: TurnContext, edge_id: str | None) -> tuple[str, str | None] | None:
    if not edge_id:
        return None
    virtual = ctx.frame.virtual_edges.get(edge_id)
    if virtual is not None:
        return virtual.group_id, virtual.block_id
    edge = ctx.bot.edges_by_id.get(edge_id)
    if edge is None or edge.to.group_id not in ctx.bot.groups_by_id:
        return None
    return edge.to.group_id, edge.to.block_id


async def _run_rest_of_group(ctx: TurnContext, block_id: str) -> tuple[str | None, _Stop | None]:
    """After a block is done: its own edge if it has one, else the blocks after it."""
    block = ctx.bot.block(block_id)
    position = ctx.bot.positions.get(block_id)
    if block is None or position is None:
        return None, None
    if block.outgoing_edge_id:
        return block.outgoing_edge_id, None
    group = ctx.bot.groups_by_id[position.group_id]
    if position.index + 1 >= len(group.blocks):
        return None, None
    return await _run_group(ctx, group.id, group.blocks[position.index + 1].id)


async def _run_group(
    ctx: TurnContext, group_id: str, start_block_id: str | None
) -> tuple[str | None, _Stop | None]:
    """Run a group's blocks from ``start_block_id``; return the edge to follow, or a stop."""
    group = ctx.bot.groups_by_id[group_id]
    blocks = group.blocks
    start = 0
    if start_block_id is not None:
        start = next((i for i, b in enumerate(blocks) if b.id == start_block_id), 0)
    for block in blocks[start:]:
        spec = spec_for(block)
        if spec is not None and spec.family == BlockFamily.INPUT:
            if _is_return_replay(ctx, block):
                return None, await _replay_reply(ctx, block)
            ctx.state.current_block_id = block.id
            return None, _Stop(input=await _format_input(ctx, block))
        outcome = await _run_block(ctx, block, spec)
        if outcome is not None:
            return outcome
    return None, None


async def _run_block(
    ctx: TurnContext, block: BlockBase, spec: BlockSpec | None
) -> tuple[str | None, _Stop | None] | None:
    """Run one non-input block; ``None`` means go on with the next block of the group."""
    if block.type == "Typebot link":
        return _follow(ctx, block, await enter_linked_bot(ctx, block))
    if block.type == "Return" and ctx.state.return_mark is None:
        return None
    if block.type in {"Jump", "Return"}:
        return _jump_or_return(ctx, block), None
    if spec is None or spec.execute is None:
        return _follow(ctx, block, CONTINUE)
    try:
        result = await spec.execute(block, ctx)
    except Exception as exc:
        ctx.log(f"{block.type} block failed", details=str(exc))
        return _follow(ctx, block, CONTINUE)
    ctx.messages.extend(result.messages)
    for message in result.messages:
        ctx.output_bytes += _json_size(message)
        if message.get("type") == "text":
            _add_transcript_line(ctx, "bot", plain_text(message))
    for action in result.client_side_actions:
        _add_action(ctx, action)
    if result.pause:
        ctx.state.current_block_id = block.id
        return None, _Stop(paused=True)
    return _follow(ctx, block, result.outgoing_edge_id)


def _follow(
    ctx: TurnContext, block: BlockBase, edge: str | _Continue | None
) -> tuple[str | None, _Stop | None] | None:
    """Where a block sends the walk: ``CONTINUE`` is its own edge, else the next block."""
    if isinstance(edge, _Continue):
        return (block.outgoing_edge_id, None) if block.outgoing_edge_id else None
    if edge is None:
        return None, None
    _visit(ctx, edge, block)
    return edge, None


def _add_action(ctx: TurnContext, action: dict[str, Any]) -> None:
    """Client actions run after the last bubble sent before them in this response."""
    if ctx.messages and "lastBubbleBlockId" not in action:
        action = {**action, "lastBubbleBlockId": ctx.messages[-1].get("id")}
    ctx.output_bytes += _json_size(action)
    ctx.client_side_actions.append(action)


def _json_size(item: dict[str, Any]) -> int:
    try:
        return len(to_json(item))
    except PydanticSerializationError:
        return len(str(item))


def _output_exceeded(ctx: TurnContext) -> bool:
    items = len(ctx.messages) + len(ctx.client_side_actions)
    return items > MAX_OUTPUT_ITEMS_PER_TURN or ctx.output_bytes > MAX_OUTPUT_BYTES_PER_TURN


def _jump_or_return(ctx: TurnContext, block: BlockBase) -> str | None:
    options = getattr(block, "options", None)
    if block.type == "Return":
        mark = ctx.state.return_mark
        if mark is None:
            return None
        position = ctx.bot.positions.get(mark.block_id)
        if position is None:
            ctx.state.return_mark = None
            return None
        if mark.auto_resume_message is not None:
            mark.status = "called"
        else:
            ctx.state.return_mark = None
        edge = ctx.add_virtual_edge(position.group_id, mark.block_id)
        _visit(ctx, edge, None)
        return edge
    group_id = _group_of_jump(ctx, getattr(options, "group_id", None))
    if group_id is None:
        return None
    after = _block_after(ctx, block)
    if after is not None:
        ctx.state.return_mark = ReturnMark(block_id=after)
    edge = ctx.add_virtual_edge(group_id, getattr(options, "block_id", None))
    _visit(ctx, edge, None)
    return edge


def _group_of_jump(ctx: TurnContext, group_ref: str | None) -> str | None:
    """A jump target: a group id, or ``{{Variable}}`` holding a group title."""
    if not group_ref:
        return None
    if group_ref in ctx.bot.groups_by_id:
        return group_ref
    return next((g.id for g in ctx.bot.document.groups if g.title == group_ref), None)


def _block_after(ctx: TurnContext, block: BlockBase) -> str | None:
    position = ctx.bot.positions[block.id]
    blocks = ctx.bot.groups_by_id[position.group_id].blocks
    return blocks[position.index + 1].id if position.index + 1 < len(blocks) else None


def _is_return_replay(ctx: TurnContext, block: BlockBase) -> bool:
    mark = ctx.state.return_mark
    return (
        mark is not None
        and mark.status == "called"
        and mark.block_id == block.id
        and mark.auto_resume_message is not None
    )


async def _replay_reply(ctx: TurnContext, block: BlockBase) -> _Stop:
    """Back from a reply event's flow: answer the input with the reply it intercepted."""
    mark = ctx.state.return_mark
    assert mark is not None
    assert mark.auto_resume_message is not None
    message = Reply.from_message(mark.auto_resume_message)
    ctx.state.return_mark = None
    ctx.state.current_block_id = block.id
    ctx.state.extra["skipReplyEvent"] = True
    spec = spec_for(block)
    assert spec is not None
    outcome = await _answer_input(ctx, block, spec, message)
    return _Stop(input=outcome.input, paused=outcome.completed is False and outcome.input is None)


async def _format_input(ctx: TurnContext, block: BlockBase) -> dict[str, Any]:
    spec = spec_for(block)
    if spec is not None and spec.format_input is not None:
        return await spec.format_input(block, ctx)
    return block.model_dump(mode="json", exclude_unset=True)


def _outcome(ctx: TurnContext, stop: _Stop) -> TurnOutcome:
    completed = stop.input is None and not stop.paused and not _expects_reply(ctx)
    if completed:
        ctx.state.current_block_id = None
        for frame in ctx.state.frames:
            if frame.result_id is not None and frame.answers:
                ctx.records.completed_result_ids.add(frame.result_id)
    return TurnOutcome(
        state=ctx.state,
        messages=ctx.messages,
        input=stop.input,
        client_side_actions=ctx.client_side_actions,
        logs=[log.to_json() for log in ctx.logs],
        records=ctx.records,
        completed=completed,
        last_message_new_format=ctx.last_message_new_format,
        progress=compute_progress(ctx, completed),
        new_results=ctx.new_results,
        frames=[*ctx.state.frames, *ctx.popped_frames],
    )


def _expects_reply(ctx: TurnContext) -> bool:
    return any(a.get("expectsDedicatedReply") for a in ctx.client_side_actions)
