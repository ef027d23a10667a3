"""Reading the payment form's outcome."""

from botloom.engine.blocks.inputs.common import accept
from botloom.engine.blocks.inputs.payment_input.schema import (
    PaymentInputBlock,
    PaymentInputOptions,
)
from botloom.engine.runtime import InvalidReply, ParsedReply, Reply, TurnContext

_DEFAULT_RETRY = PaymentInputOptions().retry_message_content
FAILED = "fail"
"""What the client sends when the payment did not go through."""


async def parse_reply(
    block: PaymentInputBlock, reply: Reply, ctx: TurnContext
) -> ParsedReply | InvalidReply:
    """Any reply but "fail" means the payment succeeded."""
    if reply.text == FAILED:
        return InvalidReply(block.options.retry_message_content or _DEFAULT_RETRY)
    return accept(reply, reply.text)
