"""Ports for running a bot's blocks outside a chat turn (a streamed answer, a test request)."""

import random

from botloom.domain.chat.service import ChatRuntime
from botloom.engine.bot import Bot
from botloom.engine.ports import JsRunner, Ports
from botloom.ids import new_id
from botloom.store.types import utcnow


async def _no_linked_bot(_typebot_id: str) -> Bot | None:
    return None


def detached_ports(runtime: ChatRuntime, js: JsRunner) -> Ports:
    """Ports with ``js`` and the server's guarded HTTP client, but no linked bots and no
    integrations: what runs here is one block, not a turn that may jump or call plugins."""
    return Ports(
        load_bot=_no_linked_bot,
        now=utcnow,
        new_id=new_id,
        random=random.random,
        js=js,
        http=runtime.http,
    )
