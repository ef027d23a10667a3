"""Reading a reply to the rating input."""

from botloom.engine.blocks.inputs.common import accept, js_number
from botloom.engine.blocks.inputs.rating_input.schema import RatingInputBlock
from botloom.engine.runtime import InvalidReply, ParsedReply, Reply, TurnContext


async def parse_reply(
    block: RatingInputBlock, reply: Reply, ctx: TurnContext
) -> ParsedReply | InvalidReply:
    """A rating is valid when it is a number no greater than the scale's length."""
    rating = js_number(reply.text)
    if rating is None or rating > block.options.length:
        return InvalidReply()
    return accept(reply, reply.text)
