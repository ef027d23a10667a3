"""Runs the "listen for webhook" block: the client waits for the block's webhook to be called."""

from botloom.engine.blocks.logic.webhook.schema import WebhookBlock
from botloom.engine.runtime import BlockResult, TurnContext


async def execute(block: WebhookBlock, ctx: TurnContext) -> BlockResult:
    """A ``listenForWebhook`` action; the bot pauses until the client relays the call."""
    action = {"type": "listenForWebhook", "expectsDedicatedReply": True}
    return BlockResult(client_side_actions=[action], pause=True)
