"""Tests of the "listen for webhook" block's runner."""

import json
from collections.abc import Iterator

import pytest

from botloom.engine.blocks.logic.webhook.execute import (
    LISTEN_KEY,
    execute,
    is_listening,
    resume,
)
from botloom.engine.blocks.logic.webhook.schema import WebhookBlock
from botloom.engine.blocks.testing import make_context
from botloom.engine.js import JsSandbox
from botloom.engine.runtime import Reply

DOCUMENT = {
    "variables": [{"id": "v_name", "name": "Name"}, {"id": "v_status", "name": "Status"}],
}
BLOCK = WebhookBlock.model_validate(
    {
        "id": "b",
        "type": "webhook",
        "options": {
            "responseVariableMapping": [
                {"id": "m1", "variableId": "v_name", "bodyPath": "data.customer.name"},
                {"id": "m2", "variableId": "v_status", "bodyPath": "statusCode"},
                {"id": "m3", "variableId": "v_name", "bodyPath": "data.missing.deep"},
            ]
        },
    }
)


@pytest.fixture
def js() -> Iterator[JsSandbox]:
    sandbox = JsSandbox()
    yield sandbox
    sandbox.close()


async def test_pauses_on_a_numbered_listen_action() -> None:
    block = WebhookBlock.model_validate({"id": "b", "type": "webhook"})
    ctx = make_context({})
    first = await execute(block, ctx)
    second = await execute(block, ctx)
    assert first.client_side_actions == [
        {"type": "listenForWebhook", "expectsDedicatedReply": True, "listenId": 1}
    ]
    assert second.client_side_actions[0]["listenId"] == 2
    assert ctx.state.extra[LISTEN_KEY] == 2
    ctx.state.current_block_id = "b"
    assert is_listening(ctx.state, 2)
    assert not is_listening(ctx.state, 1), "an earlier wait is over"
    ctx.state.current_block_id = "next input"
    assert not is_listening(ctx.state, 2), "the chat went on without the webhook"
    assert first.pause
    assert second.pause


async def test_resume_maps_the_posted_body_into_variables(js: JsSandbox) -> None:
    ctx = make_context(DOCUMENT, js=js)
    await resume(BLOCK, Reply(text=json.dumps({"customer": {"name": "Ada"}})), ctx)
    assert ctx.variables.get("v_name").value == "Ada"  # type: ignore[union-attr]
    assert ctx.variables.get("v_status").value == "200"  # type: ignore[union-attr]


async def test_resume_takes_text_that_is_not_json_as_it_is(js: JsSandbox) -> None:
    block = WebhookBlock.model_validate(
        {
            "id": "b",
            "type": "webhook",
            "options": {
                "responseVariableMapping": [{"id": "m", "variableId": "v_name", "bodyPath": "data"}]
            },
        }
    )
    ctx = make_context(DOCUMENT, js=js)
    await resume(block, Reply(text="plain words"), ctx)
    assert ctx.variables.get("v_name").value == "plain words"  # type: ignore[union-attr]
