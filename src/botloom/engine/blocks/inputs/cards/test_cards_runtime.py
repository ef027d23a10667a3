"""Replies to the cards input, and the cards the client is sent."""

from typing import Any

import pytest

from botloom.engine.blocks.inputs.cards.parse import format_cards_input, parse_reply
from botloom.engine.blocks.inputs.cards.schema import CardsBlock
from botloom.engine.blocks.testing import make_context
from botloom.engine.runtime import InvalidReply, ParsedReply, Reply

DOCUMENT = {
    "variables": [
        {"id": "vTitle", "name": "Title"},
        {"id": "vButton", "name": "Button"},
        {"id": "vInternal", "name": "Internal"},
        {"id": "vImage", "name": "Image"},
        {"id": "vTitles", "name": "Titles"},
        {"id": "vImages", "name": "Images"},
        {"id": "vShow", "name": "Show"},
    ]
}
MAPPING = {
    "saveResponseMapping": [
        {"field": "Title", "variableId": "vTitle"},
        {"field": "Button", "variableId": "vButton"},
        {"field": "Internal Value", "variableId": "vInternal"},
        {"field": "Image URL", "variableId": "vImage"},
    ]
}
SHOW_LONDON = {
    "isEnabled": True,
    "condition": {
        "comparisons": [
            {"id": "c1", "variableId": "vShow", "comparisonOperator": "Equal to", "value": "yes"}
        ]
    },
}
STATIC_CARDS: list[dict[str, Any]] = [
    {
        "id": "card1",
        "title": "Paris",
        "imageUrl": "https://img/paris.png",
        "options": {"internalValue": "PAR"},
        "paths": [
            {"id": "p1", "text": "Continue"},
            {"id": "p2", "text": "More info", "outgoingEdgeId": "e2"},
        ],
    },
    {"id": "card2", "imageUrl": "https://img/rome.png", "paths": [{"id": "p3", "text": "Go"}]},
    {
        "id": "card3",
        "title": "London",
        "options": {"displayCondition": SHOW_LONDON},
        "paths": [{"id": "p4", "text": "Go", "outgoingEdgeId": "e4"}],
    },
]
STATIC = CardsBlock.model_validate(
    {"id": "cards", "type": "cards", "items": STATIC_CARDS, "options": MAPPING}
)


@pytest.mark.parametrize(
    ("reply", "variables", "expected", "saved"),
    [
        (
            Reply(text="p2"),
            {},
            ParsedReply(content="Paris", edge_id="e2", new_format="Paris"),
            ["Paris", "More info", "PAR", "https://img/paris.png"],
        ),
        (
            Reply(text="paris"),
            {},
            ParsedReply(content="Paris", new_format="Paris"),
            ["Paris", "Continue", "PAR", "https://img/paris.png"],
        ),
        (
            Reply(text="Go", reply_id="p3"),
            {},
            ParsedReply(content="https://img/rome.png", new_format="https://img/rome.png"),
            [None, "Go", None, "https://img/rome.png"],
        ),
        (Reply(text="Rome"), {}, InvalidReply(), [None, None, None, None]),
        (Reply(text="p4"), {}, InvalidReply(), [None, None, None, None]),
        (
            Reply(text="London"),
            {"Show": "yes"},
            ParsedReply(content="London", edge_id="e4"),
            ["London", "Go", None, None],
        ),
    ],
)
async def test_parse_reply(
    reply: Reply,
    variables: dict[str, object],
    expected: ParsedReply | InvalidReply,
    saved: list[str | None],
) -> None:
    ctx = make_context(DOCUMENT, variables=variables)
    assert await parse_reply(STATIC, reply, ctx) == expected
    assert [ctx.value_of(v) for v in ("vTitle", "vButton", "vInternal", "vImage")] == saved


DYNAMIC = CardsBlock.model_validate(
    {
        "id": "dyn",
        "type": "cards",
        "items": [
            {
                "id": "tpl",
                "title": "{{Titles}}",
                "imageUrl": "{{Images}}",
                "description": "About {{Show}}",
                "paths": [
                    {"id": "a", "text": "Continue", "outgoingEdgeId": "e1"},
                    {"id": "b", "text": "More info"},
                ],
            }
        ],
        "options": MAPPING,
    }
)
DYNAMIC_VALUES = {"Titles": ["Title 1", "Title 2"], "Images": ["https://i/1.png"], "Show": "it"}


def dynamic_card(index: int, image: str | None) -> dict[str, Any]:
    return {
        "id": f"dynamic-card-{index}",
        "title": f"Title {index + 1}",
        "imageUrl": image,
        "description": "About it",
        "paths": [
            {"id": f"dynamic-card-{index}-path-0", "text": "Continue", "outgoingEdgeId": "e1"},
            {"id": f"dynamic-card-{index}-path-1", "text": "More info"},
        ],
    }


async def test_dynamic_card_expands_per_list_item() -> None:
    ctx = make_context(DOCUMENT, variables=DYNAMIC_VALUES)
    formatted = await format_cards_input(DYNAMIC, ctx)
    assert formatted["items"] == [dynamic_card(0, "https://i/1.png"), dynamic_card(1, None)]


@pytest.mark.parametrize(
    ("text", "expected", "saved_title"),
    [
        (
            "dynamic-card-1-path-0",
            ParsedReply(content="Title 2", edge_id="e1", new_format="Title 2"),
            "Title 2",
        ),
        ("dynamic-card-0-path-1", ParsedReply(content="Title 1", new_format="Title 1"), "Title 1"),
        ("title 2", ParsedReply(content="Title 2", edge_id="e1", new_format="Title 2"), "Title 2"),
        ("a", InvalidReply(), None),
    ],
)
async def test_dynamic_card_replies(
    text: str, expected: ParsedReply | InvalidReply, saved_title: str | None
) -> None:
    ctx = make_context(DOCUMENT, variables=DYNAMIC_VALUES)
    assert await parse_reply(DYNAMIC, Reply(text=text), ctx) == expected
    assert ctx.value_of("vTitle") == saved_title


@pytest.mark.parametrize(
    ("variables", "titles"),
    [({}, ["Paris", None]), ({"Show": "yes"}, ["Paris", None, "London"])],
)
async def test_format_input_filters_hidden_cards(
    variables: dict[str, object], titles: list[str | None]
) -> None:
    ctx = make_context(DOCUMENT, variables=variables)
    formatted = await format_cards_input(STATIC, ctx)
    assert [card.get("title") for card in formatted["items"]] == titles
    assert formatted["items"][0] == STATIC_CARDS[0]
    assert formatted["options"] == MAPPING
