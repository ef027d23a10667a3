"""Runs the "listen for webhook" block: the chat waits until the block's webhook is called.

Each wait is numbered (``listenId``, kept in the session) so that whoever waits for the call's
outcome can tell this wait from a later one on the same block (a loop).
"""

import json

from botloom.engine.blocks.integrations.http_request.execute import map_response
from botloom.engine.blocks.integrations.http_request.request import HttpOutcome
from botloom.engine.blocks.logic.webhook.schema import WebhookBlock
from botloom.engine.runtime import BlockResult, Reply, TurnContext
from botloom.engine.state import SessionState

LISTEN_KEY = "webhookListenId"
"""The session's ``extra`` key holding the number of the latest webhook wait."""
LISTEN_BLOCK_KEY = "webhookListenBlockId"
"""The session's ``extra`` key holding the block of the latest webhook wait."""
REPLY_KEY = "webhookReply"
"""The session's ``extra`` key holding ``{"listenId", "response"}``: the response of the turn
the last webhook call ran, kept for the page until its next turn."""


def listen_id(extra: dict[str, object]) -> int:
    """The number of the latest webhook wait of a session (0 before any)."""
    value = extra.get(LISTEN_KEY, 0)
    return value if isinstance(value, int) else 0


def is_listening(state: SessionState, number: int) -> bool:
    """Whether the chat still waits on its webhook wait ``number`` (not resumed otherwise, by a
    client that answered the action itself, or restarted)."""
    extra = state.extra
    return listen_id(extra) == number and state.current_block_id == extra.get(LISTEN_BLOCK_KEY)


async def execute(block: WebhookBlock, ctx: TurnContext) -> BlockResult:
    """A ``listenForWebhook`` action; the bot pauses until the webhook's call resumes it."""
    number = listen_id(ctx.state.extra) + 1
    ctx.state.extra[LISTEN_KEY] = number
    ctx.state.extra[LISTEN_BLOCK_KEY] = block.id
    action = {"type": "listenForWebhook", "expectsDedicatedReply": True, "listenId": number}
    return BlockResult(client_side_actions=[action], pause=True)


async def resume(block: WebhookBlock, reply: Reply, ctx: TurnContext) -> None:
    """The webhook was called: its body (JSON text; other text as it is) is ``data`` for the
    variable mapping, with status 200."""
    try:
        data: object = json.loads(reply.text)
    except ValueError:
        data = reply.text
    outcome = HttpOutcome(status_code=200, data=data)
    await map_response(block.id, block.options.response_variable_mapping, outcome, ctx)
