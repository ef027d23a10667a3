"""Tests of the "listen for webhook" block's runner."""

from botloom.engine.blocks.logic.webhook.execute import execute
from botloom.engine.blocks.logic.webhook.schema import WebhookBlock
from botloom.engine.blocks.testing import make_context


async def test_pauses_on_a_listen_action() -> None:
    block = WebhookBlock.model_validate({"id": "b", "type": "webhook"})
    result = await execute(block, make_context({}))
    assert result.client_side_actions == [
        {"type": "listenForWebhook", "expectsDedicatedReply": True}
    ]
    assert result.pause
