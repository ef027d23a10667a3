"""Reading a reply to the picture choice input, and the pictures the client shows."""

from typing import Any

from botloom.engine.blocks.inputs.common import (
    Choice,
    format_input,
    is_displayed,
    list_values,
    parse_choice_reply,
    substitute_items,
)
from botloom.engine.blocks.inputs.picture_choice_input.schema import (
    PictureChoiceInputBlock,
    PictureChoiceItem,
)
from botloom.engine.runtime import InvalidReply, ParsedReply, Reply, TurnContext


async def parse_reply(
    block: PictureChoiceInputBlock, reply: Reply, ctx: TurnContext
) -> ParsedReply | InvalidReply:
    """The picture(s) the reply names among those shown, by id, value, title (or picture
    URL when untitled) or position; a single choice follows its picture's edge."""
    choices = [
        Choice(
            id=item.id,
            label=item.title or item.picture_src or "",
            value=item.value,
            edge_id=item.outgoing_edge_id,
        )
        for item in await shown_items(block, ctx)
    ]
    return parse_choice_reply(choices, reply, is_multiple=block.options.is_multiple_choice)


async def format_picture_choice_input(
    block: PictureChoiceInputBlock, ctx: TurnContext
) -> dict[str, Any]:
    """The input with only the pictures shown (dynamic pictures built from their variables)."""
    data = await format_input(block, ctx)
    data["items"] = [
        item.model_dump(mode="json", exclude_unset=True) for item in await shown_items(block, ctx)
    ]
    return data


async def shown_items(block: PictureChoiceInputBlock, ctx: TurnContext) -> list[PictureChoiceItem]:
    """The pictures shown: with dynamic items, one per picture URL of the list variable
    (titles and descriptions taken at the same position, ids "0", "1"…); else the items whose
    display condition holds, substituted."""
    dynamic = block.options.dynamic_items
    if not dynamic.is_enabled:
        displayed = [item for item in block.items if is_displayed(item.display_condition, ctx)]
        return await substitute_items(displayed, PictureChoiceItem, ctx)
    sources = list_values(ctx.value_of(dynamic.picture_srcs_variable_id))
    titles = list_values(ctx.value_of(dynamic.titles_variable_id))
    descriptions = list_values(ctx.value_of(dynamic.descriptions_variable_id))
    return [
        _dynamic_item(i, source, _at(titles, i), _at(descriptions, i))
        for i, source in enumerate(sources)
    ]


def _dynamic_item(
    index: int, source: str | None, title: str | None, description: str | None
) -> PictureChoiceItem:
    fields = {"pictureSrc": source, "title": title, "description": description}
    present = {key: value for key, value in fields.items() if value is not None}
    return PictureChoiceItem.model_validate({"id": str(index), **present})


def _at(values: list[str | None], index: int) -> str | None:
    return values[index] if index < len(values) else None
