"""Tests of the Pixel block's runner."""

from typing import Any

import pytest

from botloom.engine.blocks.integrations.pixel.execute import execute
from botloom.engine.blocks.integrations.pixel.schema import PixelBlock
from botloom.engine.blocks.testing import make_context

DOCUMENT = {"variables": [{"id": "v_n", "name": "Name"}]}


@pytest.mark.parametrize(
    ("options", "actions"),
    [
        (
            {"pixelId": "123", "eventType": "Lead"},
            [
                {
                    "type": "pixel",
                    "pixel": {
                        "pixelId": "123",
                        "isInitSkip": False,
                        "eventType": "Lead",
                        "params": [],
                    },
                }
            ],
        ),
        (
            {
                "pixelId": "123",
                "isInitSkip": True,
                "eventType": "Custom",
                "name": "ev {{Name}}",
                "params": [
                    {"id": "p1", "key": "who", "value": "{{Name}}"},
                    {"id": "p2", "key": "n", "value": 2},
                ],
            },
            [
                {
                    "type": "pixel",
                    "pixel": {
                        "pixelId": "123",
                        "isInitSkip": True,
                        "eventType": "Custom",
                        "name": "ev Ann",
                        "params": [
                            {"id": "p1", "key": "who", "value": "Ann"},
                            {"id": "p2", "key": "n", "value": 2},
                        ],
                    },
                }
            ],
        ),
        ({"eventType": "Lead"}, []),
    ],
)
async def test_pixel_action(options: dict[str, Any], actions: list[dict[str, Any]]) -> None:
    ctx = make_context(DOCUMENT, variables={"Name": "Ann"})
    block = PixelBlock.model_validate({"id": "b", "type": "Pixel", "options": options})
    result = await execute(block, ctx)
    assert result.client_side_actions == actions
    assert not result.pause
