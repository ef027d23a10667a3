"""Replies to the picture choice input, and the pictures the client is sent."""

from typing import Any

import pytest

from botloom.engine.blocks.inputs.picture_choice_input.parse import (
    format_picture_choice_input,
    parse_reply,
)
from botloom.engine.blocks.inputs.picture_choice_input.schema import PictureChoiceInputBlock
from botloom.engine.blocks.testing import make_context
from botloom.engine.runtime import InvalidReply, ParsedReply, Reply

DOCUMENT = {
    "variables": [
        {"id": "vSport", "name": "Sport"},
        {"id": "vSrcs", "name": "Srcs"},
        {"id": "vTitles", "name": "Titles"},
    ]
}
ONLY_FOR_RUNNERS = {
    "isEnabled": True,
    "condition": {
        "comparisons": [
            {"id": "c1", "variableId": "vSport", "comparisonOperator": "Equal to", "value": "run"}
        ]
    },
}
ITEMS: list[dict[str, Any]] = [
    {"id": "p1", "pictureSrc": "https://img/a.png", "title": "Energy", "outgoingEdgeId": "e1"},
    {"id": "p2", "pictureSrc": "https://img/b.png", "title": "Hydration", "value": "H2O"},
    {"id": "p3", "pictureSrc": "https://img/c.png"},
    {
        "id": "p4",
        "pictureSrc": "https://img/d.png",
        "title": "Shoes",
        "displayCondition": ONLY_FOR_RUNNERS,
    },
]


def block(**options: Any) -> PictureChoiceInputBlock:
    return PictureChoiceInputBlock.model_validate(
        {"id": "pc", "type": "picture choice input", "items": ITEMS, "options": options}
    )


@pytest.mark.parametrize(
    ("options", "reply", "variables", "expected"),
    [
        ({}, Reply(text="Energy"), {}, ParsedReply(content="Energy", edge_id="e1")),
        ({}, Reply(text="H2O"), {}, ParsedReply(content="H2O")),
        ({}, Reply(text="Hydration"), {}, ParsedReply(content="H2O", new_format="H2O")),
        ({}, Reply(text="https://img/c.png"), {}, ParsedReply(content="https://img/c.png")),
        (
            {},
            Reply(text="x", reply_id="p1"),
            {},
            ParsedReply(content="Energy", edge_id="e1", new_format="Energy"),
        ),
        ({}, Reply(text="Shoes"), {}, InvalidReply()),
        ({}, Reply(text="Shoes"), {"Sport": "run"}, ParsedReply(content="Shoes")),
        (
            {"isMultipleChoice": True},
            Reply(text="Energy, hydration"),
            {},
            ParsedReply(content="Energy, H2O", new_format="Energy, H2O"),
        ),
        (
            {"isMultipleChoice": True},
            Reply(text="3"),
            {},
            ParsedReply(content="https://img/c.png", new_format="https://img/c.png"),
        ),
        ({"isMultipleChoice": True}, Reply(text="Cycling"), {}, InvalidReply()),
    ],
)
async def test_parse_reply(
    options: dict[str, Any],
    reply: Reply,
    variables: dict[str, object],
    expected: ParsedReply | InvalidReply,
) -> None:
    ctx = make_context(DOCUMENT, variables=variables)
    assert await parse_reply(block(**options), reply, ctx) == expected


DYNAMIC = {
    "dynamicItems": {
        "isEnabled": True,
        "pictureSrcsVariableId": "vSrcs",
        "titlesVariableId": "vTitles",
    }
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beta", ParsedReply(content="Beta")),
        ("0", ParsedReply(content="Alpha", new_format="Alpha")),
        ("https://img/z.png", ParsedReply(content="https://img/z.png")),
        ("Gamma", InvalidReply()),
    ],
)
async def test_dynamic_items(text: str, expected: ParsedReply | InvalidReply) -> None:
    ctx = make_context(
        DOCUMENT,
        variables={
            "Srcs": ["https://img/x.png", "https://img/y.png", "https://img/z.png"],
            "Titles": ["Alpha", "Beta"],
        },
    )
    assert await parse_reply(block(**DYNAMIC), Reply(text=text), ctx) == expected


@pytest.mark.parametrize(
    ("options", "variables", "items"),
    [
        ({}, {}, ITEMS[:3]),
        ({}, {"Sport": "run"}, ITEMS),
        (
            DYNAMIC,
            {"Srcs": ["https://img/x.png", "https://img/y.png"], "Titles": ["Alpha"]},
            [
                {"id": "0", "pictureSrc": "https://img/x.png", "title": "Alpha"},
                {"id": "1", "pictureSrc": "https://img/y.png"},
            ],
        ),
    ],
)
async def test_format_input(
    options: dict[str, Any], variables: dict[str, object], items: list[dict[str, Any]]
) -> None:
    ctx = make_context(DOCUMENT, variables=variables)
    assert await format_picture_choice_input(block(**options), ctx) == {
        "id": "pc",
        "type": "picture choice input",
        "items": items,
        "options": options,
    }
