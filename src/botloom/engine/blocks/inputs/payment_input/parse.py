"""Reading the payment form's outcome: the visitor's word is never taken for it, the payment
is asked of the provider."""

from typing import Any

from botloom.engine.blocks.inputs.common import accept
from botloom.engine.blocks.inputs.payment_input.prepare import PENDING_PAYMENT
from botloom.engine.blocks.inputs.payment_input.schema import (
    PaymentInputBlock,
    PaymentInputOptions,
)
from botloom.engine.integration_calls import IntegrationError
from botloom.engine.runtime import InvalidReply, ParsedReply, Reply, TurnContext

_DEFAULT_RETRY = PaymentInputOptions().retry_message_content
FAILED = "fail"
"""What the client sends when the payment did not go through."""
PAID = "succeeded"
"""Stripe's status of a PaymentIntent once paid."""


async def _is_paid(block: PaymentInputBlock, ctx: TurnContext) -> bool:
    pending: dict[str, Any] | None = ctx.state.extra.get(PENDING_PAYMENT)
    payments = ctx.ports.payments
    if payments is None or pending is None or pending.get("blockId") != block.id:
        return False
    try:
        status = await payments.payment_status(
            pending["credentialsId"], pending["paymentId"], is_preview=ctx.is_preview
        )
    except IntegrationError as exc:
        ctx.log(exc.description, details=exc.details)
        return False
    if status != PAID:
        ctx.log("Payment not completed", details=f"Stripe's status: {status}", status="info")
        return False
    return True


async def parse_reply(
    block: PaymentInputBlock, reply: Reply, ctx: TurnContext
) -> ParsedReply | InvalidReply:
    """ "fail" fails; any other reply succeeds only once the provider says the payment the
    session opened is paid."""
    if reply.text == FAILED or not await _is_paid(block, ctx):
        return InvalidReply(block.options.retry_message_content or _DEFAULT_RETRY)
    ctx.state.extra.pop(PENDING_PAYMENT, None)
    return accept(reply, reply.text)
