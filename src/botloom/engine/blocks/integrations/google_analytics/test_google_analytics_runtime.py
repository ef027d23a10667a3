"""Tests of the Google Analytics block's runner."""

from typing import Any

import pytest

from botloom.engine.blocks.integrations.google_analytics.execute import execute
from botloom.engine.blocks.integrations.google_analytics.schema import GoogleAnalyticsBlock
from botloom.engine.blocks.testing import make_context
from botloom.engine.runtime import CONTINUE

DOCUMENT = {"variables": [{"id": "v_p", "name": "Price"}, {"id": "v_c", "name": "Category"}]}


@pytest.mark.parametrize(
    ("options", "payload"),
    [
        (
            {
                "trackingId": "G-1",
                "category": "{{Category}}",
                "action": "buy",
                "value": "{{Price}}",
            },
            {"trackingId": "G-1", "category": "shop", "action": "buy", "value": 12.5},
        ),
        ({"trackingId": "G-1", "value": 3}, {"trackingId": "G-1", "value": 3}),
        ({"trackingId": "G-1", "value": "{{Category}}"}, {"trackingId": "G-1", "value": "shop"}),
        ({"trackingId": "G-1", "label": "{{Missing}}", "sendTo": ""}, {"trackingId": "G-1"}),
        ({}, {}),
    ],
)
async def test_google_analytics_action(options: dict[str, Any], payload: dict[str, Any]) -> None:
    ctx = make_context(DOCUMENT, variables={"Price": "12.5", "Category": "shop"})
    block = GoogleAnalyticsBlock.model_validate(
        {"id": "b", "type": "Google Analytics", "options": options}
    )
    result = await execute(block, ctx)
    assert result.client_side_actions == [{"type": "googleAnalytics", "googleAnalytics": payload}]
    assert result.outgoing_edge_id is CONTINUE
    assert not result.pause
