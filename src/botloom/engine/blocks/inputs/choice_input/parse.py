"""Reading a reply to the buttons input, and the buttons the client shows."""

from typing import Any

from botloom.engine.blocks.inputs.choice_input.schema import ChoiceInputBlock, ChoiceItem
from botloom.engine.blocks.inputs.common import (
    Choice,
    format_input,
    is_displayed,
    list_values,
    parse_choice_reply,
    substitute_items,
)
from botloom.engine.runtime import InvalidReply, ParsedReply, Reply, TurnContext


async def parse_reply(
    block: ChoiceInputBlock, reply: Reply, ctx: TurnContext
) -> ParsedReply | InvalidReply:
    """The button(s) the reply names among those shown; a single choice follows its
    button's edge."""
    choices = [
        Choice(
            id=item.id, label=item.content or "", value=item.value, edge_id=item.outgoing_edge_id
        )
        for item in await shown_items(block, ctx)
    ]
    return parse_choice_reply(choices, reply, is_multiple=block.options.is_multiple_choice)


async def format_choice_input(block: ChoiceInputBlock, ctx: TurnContext) -> dict[str, Any]:
    """The input with only the buttons shown (dynamic buttons built from their variable)."""
    data = await format_input(block, ctx)
    data["items"] = [
        item.model_dump(mode="json", exclude_unset=True) for item in await shown_items(block, ctx)
    ]
    return data


async def shown_items(block: ChoiceInputBlock, ctx: TurnContext) -> list[ChoiceItem]:
    """The buttons shown: one per distinct non-empty value of the dynamic variable (ids
    ``choice0``…, no edges), else the items whose display condition holds, substituted."""
    if block.options.dynamic_variable_id:
        values = list_values(ctx.value_of(block.options.dynamic_variable_id))
        unique = list(dict.fromkeys(value for value in values if value))
        return [ChoiceItem(id=f"choice{i}", content=value) for i, value in enumerate(unique)]
    displayed = [item for item in block.items if is_displayed(item.display_condition, ctx)]
    return await substitute_items(displayed, ChoiceItem, ctx)
