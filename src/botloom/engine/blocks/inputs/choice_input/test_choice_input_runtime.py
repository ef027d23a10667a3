"""Replies to the buttons input, and the buttons the client is sent."""

from typing import Any

import pytest

from botloom.engine.blocks.inputs.choice_input.parse import format_choice_input, parse_reply
from botloom.engine.blocks.inputs.choice_input.schema import ChoiceInputBlock
from botloom.engine.blocks.testing import make_context
from botloom.engine.runtime import InvalidReply, ParsedReply, Reply

DOCUMENT = {
    "variables": [
        {"id": "vCountry", "name": "Country"},
        {"id": "vList", "name": "List"},
        {"id": "vWho", "name": "Who"},
    ]
}
ONLY_IN_FRANCE = {
    "isEnabled": True,
    "condition": {
        "comparisons": [
            {"id": "c1", "variableId": "vCountry", "comparisonOperator": "Equal to", "value": "FR"}
        ]
    },
}
ITEMS: list[dict[str, Any]] = [
    {"id": "i1", "content": "Yes", "outgoingEdgeId": "e1"},
    {"id": "i2", "content": "Yes please", "value": "YES_PLEASE"},
    {"id": "i3", "content": "Hello {{Who}}"},
    {"id": "i4", "content": "Croissant", "displayCondition": ONLY_IN_FRANCE},
]


def block(**options: Any) -> ChoiceInputBlock:
    return ChoiceInputBlock.model_validate(
        {"id": "c1", "type": "choice input", "items": ITEMS, "options": options}
    )


@pytest.mark.parametrize(
    ("reply", "variables", "expected"),
    [
        (Reply(text="Yes"), {}, ParsedReply(content="Yes", edge_id="e1")),
        (Reply(text="yes"), {}, InvalidReply()),
        (Reply(text=" Yes "), {}, InvalidReply()),
        (Reply(text="YES_PLEASE"), {}, ParsedReply(content="YES_PLEASE")),
        (
            Reply(text=" YES_PLEASE "),
            {},
            ParsedReply(content="YES_PLEASE", new_format="YES_PLEASE"),
        ),
        (Reply(text="Yes please"), {}, ParsedReply(content="YES_PLEASE", new_format="YES_PLEASE")),
        (Reply(text="i1"), {}, ParsedReply(content="Yes", edge_id="e1", new_format="Yes")),
        (
            Reply(text="Oui", reply_id="i2"),
            {},
            ParsedReply(content="YES_PLEASE", new_format="YES_PLEASE"),
        ),
        (Reply(text="Hello Ada"), {"Who": "Ada"}, ParsedReply(content="Hello Ada")),
        (Reply(text="Croissant"), {}, InvalidReply()),
        (Reply(text="Croissant"), {"Country": "FR"}, ParsedReply(content="Croissant")),
        (Reply(text="Design"), {}, InvalidReply()),
    ],
)
async def test_single_choice(
    reply: Reply, variables: dict[str, object], expected: ParsedReply | InvalidReply
) -> None:
    ctx = make_context(DOCUMENT, variables=variables)
    assert await parse_reply(block(), reply, ctx) == expected


MULTIPLE_ITEMS: list[dict[str, Any]] = [
    {"id": "m1", "content": "Media"},
    {"id": "m2", "content": "Social Media"},
    {"id": "m3", "content": "Other", "value": "other-value"},
    {"id": "m4", "content": "Ça va"},
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Social Media", "Social Media"),
        ("social media, media", "Media, Social Media"),
        ("Other, Media", "Media, other-value"),
        ("other-value", "other-value"),
        ("m4 and 1", "Media, Ça va"),
        ("ça va", "Ça va"),
        ("2, 9", "Social Media"),
        ("Mediation", None),
        ("nothing", None),
    ],
)
async def test_multiple_choice(text: str, expected: str | None) -> None:
    multiple = ChoiceInputBlock.model_validate(
        {
            "id": "c2",
            "type": "choice input",
            "items": MULTIPLE_ITEMS,
            "options": {"isMultipleChoice": True},
        }
    )
    result = await parse_reply(multiple, Reply(text=text), make_context(DOCUMENT))
    if expected is None:
        assert result == InvalidReply()
    else:
        assert result == ParsedReply(
            content=expected, new_format=None if expected == text else expected
        )


@pytest.mark.parametrize(
    ("values", "text", "expected"),
    [
        (["Red", "Blue", "Red", None, ""], "Blue", ParsedReply(content="Blue")),
        ('["Red", "Blue"]', "choice1", ParsedReply(content="Blue", new_format="Blue")),
        (["Red"], "Green", InvalidReply()),
    ],
)
async def test_dynamic_choices(
    values: object, text: str, expected: ParsedReply | InvalidReply
) -> None:
    ctx = make_context(DOCUMENT, variables={"List": values})
    assert await parse_reply(block(dynamicVariableId="vList"), Reply(text=text), ctx) == expected


@pytest.mark.parametrize(
    ("options", "variables", "items"),
    [
        (
            {},
            {"Who": "Ada"},
            [
                {"id": "i1", "content": "Yes", "outgoingEdgeId": "e1"},
                {"id": "i2", "content": "Yes please", "value": "YES_PLEASE"},
                {"id": "i3", "content": "Hello Ada"},
            ],
        ),
        (
            {},
            {"Country": "FR"},
            [
                {"id": "i1", "content": "Yes", "outgoingEdgeId": "e1"},
                {"id": "i2", "content": "Yes please", "value": "YES_PLEASE"},
                {"id": "i3", "content": "Hello "},
                {"id": "i4", "content": "Croissant", "displayCondition": ONLY_IN_FRANCE},
            ],
        ),
        (
            {"dynamicVariableId": "vList"},
            {"List": ["Red", "Blue", "Red"]},
            [{"id": "choice0", "content": "Red"}, {"id": "choice1", "content": "Blue"}],
        ),
    ],
)
async def test_format_input(
    options: dict[str, Any], variables: dict[str, object], items: list[dict[str, Any]]
) -> None:
    ctx = make_context(DOCUMENT, variables=variables)
    assert await format_choice_input(block(**options), ctx) == {
        "id": "c1",
        "type": "choice input",
        "items": items,
        "options": options,
    }
