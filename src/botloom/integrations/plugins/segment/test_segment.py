"""Tests of the Segment plugin: the action it sends, and what its script does in a page."""

from typing import Any

import pytest

from botloom.integrations.plugins.base import ActionContext, IntegrationError
from botloom.integrations.plugins.segment import INTEGRATION, SegmentCredentials
from botloom.integrations.plugins.testing import run_in_page
from botloom.settings import Settings

KEY = SegmentCredentials(api_key="wk_1")


async def _actions(name: str, options: dict[str, Any]) -> tuple[list[dict[str, Any]], list[str]]:
    action = INTEGRATION.action(name)
    assert action is not None
    ctx: ActionContext[Any, Any] = ActionContext(
        options=action.options_model.model_validate(options),
        credentials=KEY,
        variables=[],
        settings=Settings(),
    )
    await action.run(ctx)
    return ctx.outcome.client_side_actions, [log.description for log in ctx.outcome.logs]


@pytest.mark.parametrize(
    ("name", "options", "calls"),
    [
        (
            "Identify User",
            {"userId": "u1", "email": "a@b.c", "traits": [{"key": "plan", "value": "pro"}]},
            [["identify", "u1", {"plan": "pro", "email": "a@b.c"}]],
        ),
        (
            "Track",
            {"eventName": "Signed up", "userId": "u1", "properties": [{"key": "k", "value": "v"}]},
            [["identify", "u1"], ["track", "Signed up", {"k": "v"}]],
        ),
        ("Track", {"eventName": "Seen"}, [["track", "Seen", {}]]),
        ("Page", {"name": "Pricing", "category": "Docs"}, [["page", "Docs", "Pricing", {}]]),
        ("Alias", {"userId": "u2", "previousId": "anon"}, [["alias", "u2", "anon"]]),
    ],
)
async def test_calls_made_in_a_page_with_analytics_js(
    name: str, options: dict[str, Any], calls: list[list[Any]]
) -> None:
    (action,), logs = await _actions(name, options)
    assert logs == []
    assert action["type"] == "codeToExecute"
    assert action["codeToExecute"]["args"]["writeKey"] == "wk_1"
    page = await run_in_page(action, "analytics", ["identify", "track", "page", "alias"])
    assert page["calls"] == calls
    assert page["scripts"] == []


async def test_a_page_without_analytics_js_loads_it_and_queues_the_call() -> None:
    (action,), _logs = await _actions("Track", {"eventName": "Seen"})
    page = await run_in_page(action, None, [])
    assert page["scripts"] == ["https://cdn.segment.com/analytics.js/v1/wk_1/analytics.min.js"]
    assert page["queued"] == [["track", "Seen", {}]]


async def test_missing_fields_are_refused() -> None:
    with pytest.raises(IntegrationError, match="User ID is required"):
        await _actions("Identify User", {})
