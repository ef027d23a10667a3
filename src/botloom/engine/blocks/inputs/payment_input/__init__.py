"""The payment input (Stripe)."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.bubbles.deferred import deferred
from botloom.engine.blocks.inputs.payment_input.schema import PaymentInputBlock

SPEC = BlockSpec(
    type="payment input",
    family=BlockFamily.INPUT,
    model=PaymentInputBlock,
    parse_reply=deferred("botloom.engine.blocks.inputs.payment_input.parse", "parse_reply"),
    format_input=deferred("botloom.engine.blocks.inputs.common", "format_input"),
)
