"""Opening the payment when the chat reaches a payment input: the amount in the currency's
smallest unit, the payment created with the provider, and what the widget needs to show
Stripe's payment form (Typebot's ``runtimeOptions``)."""

import math
from typing import Any

from botloom.engine.blocks.inputs.common import format_input as format_stored_input
from botloom.engine.blocks.inputs.common import js_number
from botloom.engine.blocks.inputs.payment_input.schema import (
    PaymentInputBlock,
    PaymentInputOptions,
)
from botloom.engine.integration_calls import IntegrationError, PaymentRequest
from botloom.engine.runtime import TurnContext

PENDING_PAYMENT = "pendingPayment"
"""Key of the session's ``extra`` holding the payment the visitor is asked for: the block,
the provider's payment id and the credentials it was made with, checked when they reply."""

ZERO_DECIMAL_CURRENCIES = frozenset(
    [
        "BIF",
        "CLP",
        "DJF",
        "GNF",
        "JPY",
        "KMF",
        "KRW",
        "MGA",
        "PYG",
        "RWF",
        "UGX",
        "VND",
        "VUV",
        "XAF",
        "XOF",
        "XPF",
    ]
)
"""Currencies Stripe counts in whole units (no cents)."""

_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹"}


def smallest_unit(amount: float, currency: str) -> int:
    """The amount as Stripe counts it: cents, or whole units for zero-decimal currencies."""
    factor = 1 if currency.upper() in ZERO_DECIMAL_CURRENCIES else 100
    return round(amount * factor)


def amount_label(amount: float, currency: str) -> str:
    """The price as the pay button shows it: ``$30.00``, ``¥500``, ``30.00 CHF``."""
    code = currency.upper()
    number = f"{amount:,.0f}" if code in ZERO_DECIMAL_CURRENCIES else f"{amount:,.2f}"
    symbol = _SYMBOLS.get(code)
    return f"{symbol}{number}" if symbol else f"{number} {code}"


def _amount(options: PaymentInputOptions) -> float:
    number = js_number(options.amount or "")
    if number is None or not math.isfinite(number) or number <= 0:
        raise IntegrationError(
            "Payment not created", f"Amount is not a positive number: {options.amount!r}"
        )
    return number


def _request(options: PaymentInputOptions, ctx: TurnContext) -> PaymentRequest:
    if not options.credentials_id:
        raise IntegrationError("Payment not created", "The block has no Stripe credentials")
    info = options.additional_information
    address = info.address.model_dump(exclude_none=True)
    return PaymentRequest(
        credentials_id=options.credentials_id,
        amount=smallest_unit(_amount(options), options.currency),
        currency=options.currency.lower(),
        is_preview=ctx.is_preview,
        description=info.description or None,
        receipt_email=info.email or None,
        name=info.name or None,
        phone=info.phone_number or None,
        address={key: value for key, value in address.items() if value},
    )


async def format_input(block: PaymentInputBlock, ctx: TurnContext) -> dict[str, Any]:
    """The input with ``runtimeOptions`` (client secret, public key, price label) of a payment
    just created; without them, and with a log saying why, when it could not be created."""
    data = await format_stored_input(block, ctx)
    options = PaymentInputOptions.model_validate(data.get("options", {}))
    try:
        if ctx.ports.payments is None:
            raise IntegrationError("Payment not created", "Payments are not available here")
        request = _request(options, ctx)
        payment = await ctx.ports.payments.create_payment(request)
    except IntegrationError as exc:
        ctx.log(exc.description, details=exc.details)
        ctx.state.extra.pop(PENDING_PAYMENT, None)
        return data
    ctx.state.extra[PENDING_PAYMENT] = {
        "blockId": block.id,
        "paymentId": payment.id,
        "credentialsId": request.credentials_id,
    }
    data["runtimeOptions"] = {
        "paymentIntentSecret": payment.client_secret,
        "publicKey": payment.public_key,
        "amountLabel": amount_label(_amount(options), options.currency),
    }
    return data
