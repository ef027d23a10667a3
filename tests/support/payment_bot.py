"""A bot that sells one thing with a payment input, and the Stripe credentials it pays with."""

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from tests.integration.llm.bots import add_credentials
from tests.support.bots import bot_document, edge, group, text_block
from tests.support.factories import Member
from tests.support.fake_stripe import PUBLIC_KEY, SECRET_KEY
from tests.support.publishing import publisher

PRICE_VARIABLES = [
    {"id": "vprice", "name": "Price"},
    {"id": "vemail", "name": "Email"},
    {"id": "vpaid", "name": "Paid"},
]


def payment_bot(credentials_id: str, **options: Any) -> dict[str, Any]:
    """Offers a book for ``{{Price}}`` euros, then thanks the visitor with what was paid."""
    block = {
        "id": "pay",
        "type": "payment input",
        "outgoingEdgeId": "e1",
        "options": {
            "credentialsId": credentials_id,
            "amount": "{{Price}}",
            "currency": "EUR",
            "variableId": "vpaid",
            "labels": {"button": "Pay now", "success": "Paid"},
            "additionalInformation": {"description": "A book", "email": "{{Email}}"},
            "retryMessageContent": "The payment did not go through",
        }
        | options,
    }
    return bot_document(
        "Shop",
        PRICE_VARIABLES,
        [
            group("g1", "Offer", [text_block("offer", "The book costs {{Price}} €"), block]),
            group("g2", "Thanks", [text_block("thanks", "Thank you: {{Paid}}")]),
        ],
        [edge("e1", "pay", "g2")],
    )


async def publish_payment_bot(
    db: AsyncSession,
    member: Member,
    public_id: str,
    *,
    secret: str,
    keys: dict[str, Any] | None = None,
    typebot_id: str | None = None,
    **options: Any,
) -> None:
    """Store Stripe credentials (by default the fake Stripe account's live keys; sealed with
    ``secret``) in the member's workspace and publish :func:`payment_bot` under ``public_id``."""
    data = keys or {"live": {"publicKey": PUBLIC_KEY, "secretKey": SECRET_KEY}}
    credentials_id = await add_credentials(db, member, "stripe", data, secret)
    await publisher(db, member)(payment_bot(credentials_id, **options), public_id, typebot_id)
