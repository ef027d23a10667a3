"""The payment input at run time: the payment opened when the chat reaches it, and replies
accepted only once the provider says it is paid."""

import dataclasses
from typing import Any

import pytest

from botloom.engine.blocks.inputs.payment_input.parse import parse_reply
from botloom.engine.blocks.inputs.payment_input.prepare import (
    PENDING_PAYMENT,
    amount_label,
    format_input,
    smallest_unit,
)
from botloom.engine.blocks.inputs.payment_input.schema import PaymentInputBlock
from botloom.engine.blocks.testing import make_context
from botloom.engine.integration_calls import CreatedPayment, IntegrationError, PaymentRequest
from botloom.engine.runtime import InvalidReply, ParsedReply, Reply, TurnContext

DOCUMENT = {
    "version": "6.1",
    "variables": [{"id": "vp", "name": "Price"}, {"id": "vm", "name": "Mail"}],
}


class FakePayments:
    """Opens numbered payments and answers the status set for each."""

    def __init__(self) -> None:
        self.requests: list[PaymentRequest] = []
        self.statuses: dict[str, str] = {}
        self.down = False

    async def create_payment(self, request: PaymentRequest) -> CreatedPayment:
        self.requests.append(request)
        payment_id = f"pi_{len(self.requests)}"
        self.statuses[payment_id] = "requires_payment_method"
        return CreatedPayment(id=payment_id, client_secret=f"{payment_id}_secret", public_key="pk")

    async def payment_status(
        self, credentials_id: str, payment_id: str, *, is_preview: bool
    ) -> str:
        if self.down:
            raise IntegrationError("Payment not checked", "Stripe is down")
        return self.statuses[payment_id]


def _block(**options: Any) -> PaymentInputBlock:
    return PaymentInputBlock.model_validate(
        {"id": "p1", "type": "payment input", "options": {"credentialsId": "c1"} | options}
    )


def _context(payments: FakePayments, **variables: object) -> TurnContext:
    ctx = make_context(DOCUMENT, variables=variables)
    ctx.ports = dataclasses.replace(ctx.ports, payments=payments)
    return ctx


@pytest.mark.parametrize(
    ("amount", "currency", "cents", "label"),
    [
        (12.5, "EUR", 1250, "€12.50"),
        (19.99, "usd", 1999, "$19.99"),
        (500, "JPY", 500, "¥500"),
        (1234.5, "CHF", 123450, "1,234.50 CHF"),
    ],
)
def test_amounts(amount: float, currency: str, cents: int, label: str) -> None:
    assert smallest_unit(amount, currency) == cents
    assert amount_label(amount, currency) == label


async def test_reaching_the_block_opens_a_payment() -> None:
    payments = FakePayments()
    ctx = _context(payments, Price="12.5", Mail="a@example.com")
    block = _block(
        amount="{{Price}}",
        currency="EUR",
        additionalInformation={"email": "{{Mail}}", "description": "Book"},
    )
    data = await format_input(block, ctx)
    assert data["runtimeOptions"] == {
        "paymentIntentSecret": "pi_1_secret",
        "publicKey": "pk",
        "amountLabel": "€12.50",
    }
    (request,) = payments.requests
    assert (request.amount, request.currency, request.receipt_email) == (
        1250,
        "eur",
        "a@example.com",
    )
    assert request.description == "Book"
    assert ctx.state.extra[PENDING_PAYMENT] == {
        "blockId": "p1",
        "paymentId": "pi_1",
        "credentialsId": "c1",
    }


@pytest.mark.parametrize(
    ("options", "details"),
    [
        ({"amount": "0"}, "Amount is not a positive number: '0'"),
        ({"amount": None}, "Amount is not a positive number: None"),
        ({"amount": "10", "credentialsId": None}, "The block has no Stripe credentials"),
    ],
)
async def test_a_payment_that_cannot_be_opened_is_logged(
    options: dict[str, Any], details: str
) -> None:
    payments = FakePayments()
    ctx = _context(payments)
    data = await format_input(_block(**options), ctx)
    assert "runtimeOptions" not in data
    assert payments.requests == []
    assert [(log.description, log.details) for log in ctx.logs] == [
        ("Payment not created", details)
    ]


async def _opened(payments: FakePayments) -> TurnContext:
    ctx = _context(payments)
    await format_input(_block(amount="10"), ctx)
    return ctx


async def test_a_paid_payment_is_accepted() -> None:
    payments = FakePayments()
    ctx = await _opened(payments)
    payments.statuses["pi_1"] = "succeeded"
    assert await parse_reply(_block(), Reply(text="Success"), ctx) == ParsedReply(content="Success")
    assert PENDING_PAYMENT not in ctx.state.extra


@pytest.mark.parametrize("status", ["requires_payment_method", "processing", "canceled"])
async def test_an_unpaid_payment_is_refused(status: str) -> None:
    payments = FakePayments()
    ctx = await _opened(payments)
    payments.statuses["pi_1"] = status
    outcome = await parse_reply(_block(), Reply(text="Success"), ctx)
    assert outcome == InvalidReply("Payment failed. Please, try again.")


async def test_a_reply_with_no_payment_opened_is_refused() -> None:
    ctx = _context(FakePayments())
    outcome = await parse_reply(_block(retryMessageContent="Declined"), Reply(text="Success"), ctx)
    assert outcome == InvalidReply("Declined")


async def test_a_payment_of_another_block_does_not_count() -> None:
    payments = FakePayments()
    ctx = await _opened(payments)
    payments.statuses["pi_1"] = "succeeded"
    other = PaymentInputBlock.model_validate({"id": "p2", "type": "payment input"})
    assert isinstance(await parse_reply(other, Reply(text="Success"), ctx), InvalidReply)


async def test_fail_is_refused_even_once_paid() -> None:
    payments = FakePayments()
    ctx = await _opened(payments)
    payments.statuses["pi_1"] = "succeeded"
    assert isinstance(await parse_reply(_block(), Reply(text="fail"), ctx), InvalidReply)


async def test_a_provider_that_cannot_tell_refuses_with_a_log() -> None:
    payments = FakePayments()
    ctx = await _opened(payments)
    payments.down = True
    assert isinstance(await parse_reply(_block(), Reply(text="Success"), ctx), InvalidReply)
    assert [(log.description, log.details) for log in ctx.logs] == [
        ("Payment not checked", "Stripe is down")
    ]
