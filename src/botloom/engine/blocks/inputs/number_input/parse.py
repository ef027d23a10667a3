"""Reading a reply to the number input."""

from botloom.engine.blocks.inputs.common import accept, js_number_text, js_parse_float
from botloom.engine.blocks.inputs.number_input.schema import NumberInputBlock
from botloom.engine.runtime import InvalidReply, ParsedReply, Reply, TurnContext


async def parse_reply(
    block: NumberInputBlock, reply: Reply, ctx: TurnContext
) -> ParsedReply | InvalidReply:
    """A number read like JavaScript's ``parseFloat`` (a decimal comma accepted), within the
    input's bounds. Text starting with "0" is kept as sent (leading zeros matter in codes);
    other numbers are saved as JavaScript writes them."""
    text = reply.text.replace(",", ".", 1)
    number = js_parse_float(text)
    if number is None:
        return InvalidReply()
    low = await _bound(block.options.min, ctx)
    high = await _bound(block.options.max, ctx)
    if (low is not None and number < low) or (high is not None and number > high):
        return InvalidReply()
    return accept(reply, reply.text if reply.text.startswith("0") else js_number_text(number))


async def _bound(bound: float | str | None, ctx: TurnContext) -> float | None:
    """A bound, its variables substituted; 0 and empty bounds do not apply (as in Typebot)."""
    if isinstance(bound, str):
        return js_parse_float(await ctx.substitute(bound)) or None
    return bound or None
