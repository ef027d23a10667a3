"""Links between bots: entering a linked bot, and coming back when its path ends
(docs/engine.md §5)."""

from typing import Any

from botloom.engine.blocks.base import BlockBase
from botloom.engine.runtime import CONTINUE, TurnContext, _Continue
from botloom.engine.state import BotFrame, ChatAnswer
from botloom.engine.variables import VariableStore
from botloom.schema.variables import Variable

CURRENT_BOT = "current"


async def enter_linked_bot(ctx: TurnContext, block: BlockBase) -> str | _Continue | None:
    """Push the linked bot on the session's queue and return the edge that enters it.

    The parent resumes after the link block (its edge, or the next block) when the linked
    bot's path ends. A bot that cannot be found is logged and skipped.
    """
    options: Any = getattr(block, "options", None)
    typebot_id = getattr(options, "typebot_id", None)
    if not typebot_id:
        return CONTINUE
    parent = ctx.frame
    same_bot = typebot_id in (CURRENT_BOT, ctx.bot.typebot_id)
    linked = ctx.bot if same_bot else await ctx.ports.load_bot(typebot_id)
    if linked is None:
        ctx.log("Typebot link: the linked bot was not found or is not published", context=block.id)
        return CONTINUE
    merging = same_bot or bool(getattr(options, "merge_results", False))
    resume_edge = block.outgoing_edge_id or _edge_to_next_block(ctx, block)
    result_id = parent.result_id
    if not merging and parent.result_id is not None:
        result_id = ctx.ports.new_id()
        ctx.new_results.append((result_id, linked.typebot_id))
    ctx.bots[linked.version_id] = linked
    child_variables = _prefill_by_name(VariableStore.of(linked.variables), ctx.variables)
    child = BotFrame(
        version_id=linked.version_id,
        typebot_id=linked.typebot_id,
        result_id=result_id,
        queued_edge_ids=[resume_edge] if resume_edge else [],
        is_merging_with_parent=merging,
    )
    ctx.state.frames.insert(0, child)
    ctx.write_variables(child, child_variables)
    group_id = await _entry_group(ctx, getattr(options, "group_id", None))
    if group_id is not None:
        return ctx.add_virtual_edge(group_id)
    events = linked.document.events
    return events[0].outgoing_edge_id if events else None


def _edge_to_next_block(ctx: TurnContext, block: BlockBase) -> str | None:
    position = ctx.bot.positions[block.id]
    blocks = ctx.bot.groups_by_id[position.group_id].blocks
    if position.index + 1 >= len(blocks):
        return None
    return ctx.add_virtual_edge(position.group_id, blocks[position.index + 1].id)


def _prefill_by_name(child: VariableStore, parent: VariableStore) -> VariableStore:
    values = {
        v.id: parent.value_of_name(v.name)
        for v in child.variables
        if parent.value_of_name(v.name) is not None
    }
    return child.set_many(values) if values else child


async def _entry_group(ctx: TurnContext, group_ref: str | None) -> str | None:
    """The linked bot's group to start in: by id, or by title (which may be ``{{Var}}``)."""
    if not group_ref:
        return None
    if group_ref in ctx.bot.groups_by_id:
        return group_ref
    title = await ctx.substitute(group_ref)
    return next((g.id for g in ctx.bot.document.groups if g.title == title), None)


async def pop_frame(ctx: TurnContext) -> str | None:
    """The path ended: take the next queued edge, leaving finished linked bots for their parent.

    Returns the edge to follow, or ``None`` when nothing is left to run.
    """
    while True:
        frame = ctx.frame
        edge = frame.queued_edge_ids.pop(0) if frame.queued_edge_ids else None
        if len(ctx.state.frames) > 1:
            _leave_child(ctx)
        if edge is not None or (len(ctx.state.frames) == 1 and not ctx.frame.queued_edge_ids):
            return edge


def _leave_child(ctx: TurnContext) -> None:
    child = ctx.state.frames.pop(0)
    ctx.popped_frames.append(child)
    parent = ctx.frame
    if not child.is_merging_with_parent:
        if child.result_id is not None and child.result_id != parent.result_id:
            ctx.records.completed_result_ids.add(child.result_id)
        return
    merged = _merge_variables(ctx.variables_of(parent), ctx.variables_of(child))
    ctx.write_variables(parent, merged)
    parent.answers = [
        *parent.answers,
        *(ChatAnswer(key=a.key, value=a.value) for a in child.answers),
    ]


def _merge_variables(parent: VariableStore, child: VariableStore) -> VariableStore:
    """Child values overwrite the parent's variables of the same name; new names are added."""
    names = {v.name for v in parent.variables}
    updates: dict[str, object] = {}
    added: list[Variable] = []
    for variable in child.variables:
        if variable.value is None:
            continue
        if variable.name in names:
            updates.update(
                {t.id: variable.value for t in parent.variables if t.name == variable.name}
            )
        else:
            added.append(variable)
    merged = parent.set_many(updates) if updates else parent
    return VariableStore.of([*merged.variables, *added])
