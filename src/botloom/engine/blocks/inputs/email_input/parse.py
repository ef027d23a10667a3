"""Reading a reply to the email input."""

import re

from botloom.engine.blocks.inputs.common import accept
from botloom.engine.blocks.inputs.email_input.schema import EmailInputBlock, EmailInputOptions
from botloom.engine.runtime import InvalidReply, ParsedReply, Reply, TurnContext

_LOCAL_PART = r'(?:[^<>()\[\]\\.,;:\s@"]+(?:\.[^<>()\[\]\\.,;:\s@"]+)*|".+")'
_DOMAIN = r"(?:\[[0-9]{1,3}(?:\.[0-9]{1,3}){3}\]|(?:[a-zA-Z0-9-]+\.)+[a-zA-Z]{2,})"
_EMAIL = re.compile(f"{_LOCAL_PART}@{_DOMAIN}")
_DEFAULT_RETRY = EmailInputOptions().retry_message_content


async def parse_reply(
    block: EmailInputBlock, reply: Reply, ctx: TurnContext
) -> ParsedReply | InvalidReply:
    """A valid address is saved lowercased; otherwise the input's retry message (or the
    email default) is sent."""
    text = reply.text.strip()
    if _EMAIL.fullmatch(text) is None:
        return InvalidReply(block.options.retry_message_content or _DEFAULT_RETRY)
    return accept(reply, text.lower())
