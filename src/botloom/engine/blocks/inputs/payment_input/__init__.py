"""The payment input (Stripe)."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.inputs.payment_input.parse import parse_reply
from botloom.engine.blocks.inputs.payment_input.prepare import format_input
from botloom.engine.blocks.inputs.payment_input.schema import PaymentInputBlock

SPEC = BlockSpec(
    type="payment input",
    family=BlockFamily.INPUT,
    model=PaymentInputBlock,
    parse_reply=parse_reply,
    format_input=format_input,
)
