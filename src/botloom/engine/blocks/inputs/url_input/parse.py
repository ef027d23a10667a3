"""Reading a reply to the website input."""

from botloom.engine.blocks.inputs.common import accept, is_url, stored_retry_message
from botloom.engine.blocks.inputs.url_input.schema import UrlInputBlock
from botloom.engine.runtime import InvalidReply, ParsedReply, Reply, TurnContext


async def parse_reply(
    block: UrlInputBlock, reply: Reply, ctx: TurnContext
) -> ParsedReply | InvalidReply:
    """A web address, with or without its protocol, is saved as sent."""
    if not is_url(reply.text.strip()):
        return stored_retry_message(block.options)
    return accept(reply, reply.text.strip())
