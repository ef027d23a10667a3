"""The payment input (Stripe)."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.inputs.payment_input.schema import PaymentInputBlock

SPEC = BlockSpec(type="payment input", family=BlockFamily.INPUT, model=PaymentInputBlock)
