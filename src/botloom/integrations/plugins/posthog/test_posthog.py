"""Tests of the PostHog plugin: the action it sends, and what its script does in a page."""

from typing import Any

import pytest

from botloom.integrations.plugins.base import ActionContext, IntegrationError
from botloom.integrations.plugins.posthog import INTEGRATION, PostHogCredentials
from botloom.integrations.plugins.testing import run_in_page
from botloom.settings import Settings

METHODS = ["init", "capture", "identify", "group"]


async def _action(
    name: str, options: dict[str, Any], credentials: PostHogCredentials | None = None
) -> dict[str, Any]:
    action = INTEGRATION.action(name)
    assert action is not None
    ctx: ActionContext[Any, Any] = ActionContext(
        options=action.options_model.model_validate(options),
        credentials=credentials or PostHogCredentials(api_key="phc_1"),
        variables=[],
        settings=Settings(),
    )
    await action.run(ctx)
    (client_action,) = ctx.outcome.client_side_actions
    return client_action


@pytest.mark.parametrize(
    ("name", "options", "calls"),
    [
        (
            "Capture",
            {
                "distinctId": "u1",
                "event": "Ordered",
                "properties": [{"key": "total", "value": "12"}, {"key": "", "value": "x"}],
                "personProperties": [{"key": "plan", "value": "pro"}],
                "groups": [{"type": "company", "key": "acme"}],
            },
            [
                ["identify", "u1"],
                [
                    "capture",
                    "Ordered",
                    {"total": "12", "$set": {"plan": "pro"}, "$groups": {"company": "acme"}},
                ],
            ],
        ),
        (
            "Capture",
            {"isAnonymous": True, "distinctId": "u1", "event": "Seen"},
            [["capture", "Seen", {}]],
        ),
        (
            "Identify User",
            {"userId": "u1", "properties": [{"key": "name", "value": "Ada"}]},
            [["identify", "u1", {"name": "Ada"}]],
        ),
        (
            "Identify Group",
            {"groupType": "company", "groupKey": "acme"},
            [["group", "company", "acme", {}]],
        ),
        ("Page View", {}, [["capture", "$pageview"]]),
    ],
)
async def test_calls_made_in_a_page_with_posthog(
    name: str, options: dict[str, Any], calls: list[list[Any]]
) -> None:
    action = await _action(name, options)
    assert action["type"] == "codeToExecute"
    page = await run_in_page(action, "posthog", METHODS)
    assert page["calls"] == calls
    assert page["scripts"] == []


async def test_a_page_without_posthog_loads_it_from_the_host_first() -> None:
    credentials = PostHogCredentials(api_key="phc_1", host="https://eu.i.posthog.com/")
    action = await _action("Capture", {"event": "Seen"}, credentials)
    page = await run_in_page(action, "posthog", METHODS, sdk_on_load=True)
    assert page["scripts"] == ["https://eu.i.posthog.com/static/array.js"]
    assert page["calls"] == [
        ["init", "phc_1", {"api_host": "https://eu.i.posthog.com/"}],
        ["capture", "Seen", {}],
    ]


async def test_an_event_is_required() -> None:
    with pytest.raises(IntegrationError, match="event is required"):
        await _action("Capture", {"distinctId": "u1"})
