"""Reading a reply to the cards input, and the cards the client shows."""

from typing import Any

from botloom.engine.blocks.inputs.cards.schema import (
    CardField,
    CardPath,
    CardsBlock,
    CardsItem,
)
from botloom.engine.blocks.inputs.common import (
    accept,
    format_input,
    is_displayed,
    substitute_items,
)
from botloom.engine.runtime import InvalidReply, ParsedReply, Reply, TurnContext
from botloom.engine.templating import is_single_variable


async def parse_reply(
    block: CardsBlock, reply: Reply, ctx: TurnContext
) -> ParsedReply | InvalidReply:
    """The button the reply names by id (text or reply id), else the first button of the card
    whose title it is (case-insensitive). The button's edge is followed, the card's title (or
    image) is the answer and the parts of the card are saved as the mapping says."""
    picked = _pick(await shown_cards(block, ctx), reply)
    if picked is None:
        return InvalidReply()
    card, path = picked
    parts = {
        CardField.IMAGE_URL: card.image_url,
        CardField.TITLE: card.title,
        CardField.DESCRIPTION: card.description,
        CardField.BUTTON: path.text if path else None,
        CardField.INTERNAL_VALUE: card.options.internal_value,
    }
    for mapping in block.options.save_response_mapping:
        if mapping.field is not None:
            ctx.set_variable(mapping.variable_id, parts[mapping.field], block_id=block.id)
    edge_id = path.outgoing_edge_id if path else None
    return accept(reply, card.title or card.image_url or "", edge_id=edge_id)


def _pick(cards: list[CardsItem], reply: Reply) -> tuple[CardsItem, CardPath | None] | None:
    for card in cards:
        for path in card.paths:
            if path.id in (reply.text, reply.reply_id):
                return card, path
    wanted = reply.text.strip().casefold()
    for card in cards:
        if card.title is not None and card.title.strip().casefold() == wanted:
            return card, card.paths[0] if card.paths else None
    return None


async def format_cards_input(block: CardsBlock, ctx: TurnContext) -> dict[str, Any]:
    """The input with only the cards shown, a dynamic card expanded into one per list item."""
    data = await format_input(block, ctx)
    data["items"] = [
        card.model_dump(mode="json", exclude_unset=True) for card in await shown_cards(block, ctx)
    ]
    return data


async def shown_cards(block: CardsBlock, ctx: TurnContext) -> list[CardsItem]:
    """The cards whose display condition holds, substituted. A lone card whose image, title,
    description or internal value is a ``{{list variable}}`` becomes one card per item (ids
    ``dynamic-card-{i}``, buttons ``dynamic-card-{i}-path-{j}``)."""
    displayed = [card for card in block.items if is_displayed(card.options.display_condition, ctx)]
    if len(block.items) == 1 and displayed:
        lists = _list_fields(displayed[0], ctx)
        if lists:
            return await _expand(displayed[0], lists, ctx)
    return await substitute_items(displayed, CardsItem, ctx)


def _list_fields(card: CardsItem, ctx: TurnContext) -> dict[tuple[str, ...], list[str | None]]:
    """The card's texts that are exactly one list variable, by their JSON path."""
    texts = {
        ("imageUrl",): card.image_url,
        ("title",): card.title,
        ("description",): card.description,
        ("options", "internalValue"): card.options.internal_value,
    }
    lists: dict[tuple[str, ...], list[str | None]] = {}
    for path, text in texts.items():
        name = is_single_variable(text) if text else None
        value = ctx.variables.value_of_name(name) if name else None
        if isinstance(value, list):
            lists[path] = value
    return lists


async def _expand(
    card: CardsItem, lists: dict[tuple[str, ...], list[str | None]], ctx: TurnContext
) -> list[CardsItem]:
    template = (await substitute_items([card], CardsItem, ctx))[0].model_dump(
        mode="json", exclude_unset=True
    )
    count = max(len(values) for values in lists.values())
    return [CardsItem.model_validate(_nth_card(template, lists, i)) for i in range(count)]


def _nth_card(
    template: dict[str, Any], lists: dict[tuple[str, ...], list[str | None]], index: int
) -> dict[str, Any]:
    card: dict[str, Any] = {**template, "id": f"dynamic-card-{index}"}
    for path, values in lists.items():
        value = values[index] if index < len(values) else None
        if len(path) == 1:
            card[path[0]] = value
        else:
            card[path[0]] = {**card.get(path[0], {}), path[1]: value}
    card["paths"] = [
        {**path, "id": f"dynamic-card-{index}-path-{j}"}
        for j, path in enumerate(template.get("paths", []))
    ]
    return card
