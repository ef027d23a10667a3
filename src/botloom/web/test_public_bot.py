"""The bot page's background: the theme's colour, else the default of the bot's version."""

import pytest

from botloom.schema.theme import Theme
from botloom.web.public_bot import page_background


@pytest.mark.parametrize(
    ("theme", "version", "expected"),
    [
        ({}, "6.1", "#F8F8F8"),
        ({}, "6", "#FFFFFF"),
        ({}, None, "#FFFFFF"),
        ({"general": {"background": {"type": "Color", "content": "#010000"}}}, "6.1", "#010000"),
        (
            {"general": {"background": {"type": "Image", "content": "https://x/y.png"}}},
            "6.1",
            "transparent",
        ),
        (
            {"general": {"background": {"type": "Color", "content": "red;}</style>"}}},
            "6",
            "#FFFFFF",
        ),
    ],
)
def test_page_background(theme: dict[str, object], version: str | None, expected: str) -> None:
    assert page_background(Theme.model_validate(theme), version) == expected
