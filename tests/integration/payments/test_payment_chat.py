"""The payment input in real chats: the app on a live server opens and checks PaymentIntents
with a fake Stripe API on loopback, through Stripe's own Python client."""

from typing import Any

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.ids import new_id
from botloom.scenarios.runner import plain_text
from botloom.store.models import Answer, Log
from tests.integration.payments.conftest import SECRET
from tests.support.factories import make_member
from tests.support.fake_stripe import PUBLIC_KEY, SECRET_KEY, FakeStripe
from tests.support.payment_bot import publish_payment_bot


def _texts(body: dict[str, Any]) -> list[str]:
    return [plain_text(m) for m in body["messages"] if m["type"] == "text"]


async def _start(
    chat: httpx.AsyncClient, db: AsyncSession, price: str, **options: Any
) -> dict[str, Any]:
    """Publish the shop bot (block ``options`` on top) and start a chat with it."""
    await publish_payment_bot(db, await make_member(db), "shop", secret=SECRET, **options)
    response = await chat.post(
        "/api/v1/typebots/shop/startChat",
        json={"prefilledVariables": {"Price": price, "Email": "buyer@example.com"}},
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def _reply(chat: httpx.AsyncClient, session_id: str, text: str) -> dict[str, Any]:
    response = await chat.post(
        f"/api/v1/sessions/{session_id}/continueChat",
        json={"message": {"type": "text", "text": text}},
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def _answers(db: AsyncSession, result_id: str) -> list[tuple[str, str]]:
    rows = (await db.scalars(select(Answer).where(Answer.result_id == result_id))).all()
    return [(row.block_id, row.content) for row in rows]


def _intent(stripe_api: FakeStripe, body: dict[str, Any]) -> dict[str, Any]:
    return stripe_api.intent_of_secret(body["input"]["runtimeOptions"]["paymentIntentSecret"])


async def test_reaching_the_block_creates_a_payment_intent(
    chat: httpx.AsyncClient, db: AsyncSession, stripe_api: FakeStripe
) -> None:
    body = await _start(chat, db, "12.5")
    assert _texts(body) == ["The book costs 12.5 €"]
    runtime = body["input"]["runtimeOptions"]
    assert runtime["publicKey"] == PUBLIC_KEY
    assert runtime["amountLabel"] == "€12.50"
    intent = _intent(stripe_api, body)
    assert intent["amount"] == 1250
    assert intent["currency"] == "eur"
    assert intent["description"] == "A book"
    assert intent["receipt_email"] == "buyer@example.com"
    assert intent["automatic_payment_methods"] == {"enabled": "true"}
    assert body["input"]["options"]["labels"]["button"] == "Pay now"


async def test_a_paid_intent_continues_the_chat_and_saves_the_payment(
    chat: httpx.AsyncClient, db: AsyncSession, stripe_api: FakeStripe
) -> None:
    start = await _start(chat, db, "30")
    stripe_api.mark_succeeded(_intent(stripe_api, start)["id"])
    # "fail" is the widget's word for a payment that did not go through, paid or not.
    failed = await _reply(chat, start["sessionId"], "fail")
    assert _texts(failed) == ["The payment did not go through"]
    stripe_api.mark_succeeded(_intent(stripe_api, failed)["id"])
    body = await _reply(chat, start["sessionId"], "Paid")
    assert _texts(body) == ["Thank you: Paid"]
    assert "input" not in body
    assert await _answers(db, start["resultId"]) == [("pay", "Paid")]


async def test_a_success_claimed_for_an_unpaid_intent_is_refused(
    chat: httpx.AsyncClient, db: AsyncSession, stripe_api: FakeStripe
) -> None:
    start = await _start(chat, db, "30")
    first = _intent(stripe_api, start)
    body = await _reply(chat, start["sessionId"], "Paid")
    assert _texts(body) == ["The payment did not go through"]
    assert body["input"]["id"] == "pay"
    # A new payment is opened for the retry; the first one stays unpaid.
    retry = _intent(stripe_api, body)
    assert retry["id"] != first["id"]
    assert first["status"] == "requires_payment_method"
    assert await _answers(db, start["resultId"]) == []
    stripe_api.mark_succeeded(first["id"])
    # Paying the abandoned intent does not pay the one the session now waits for.
    body = await _reply(chat, start["sessionId"], "Paid")
    assert _texts(body) == ["The payment did not go through"]
    stripe_api.mark_succeeded(_intent(stripe_api, body)["id"])
    body = await _reply(chat, start["sessionId"], "Paid")
    assert _texts(body) == ["Thank you: Paid"]


async def test_a_bad_amount_is_logged_and_no_intent_is_created(
    chat: httpx.AsyncClient, db: AsyncSession, stripe_api: FakeStripe
) -> None:
    before = len(stripe_api.intents)
    body = await _start(chat, db, "free")
    assert "runtimeOptions" not in body["input"]
    assert len(stripe_api.intents) == before
    logs = (await db.scalars(select(Log).where(Log.result_id == body["resultId"]))).all()
    assert [(log.description, log.details) for log in logs] == [
        ("Payment not created", "Amount is not a positive number: 'free'")
    ]


async def test_stripe_refusing_the_keys_is_logged(
    chat: httpx.AsyncClient, db: AsyncSession, stripe_api: FakeStripe
) -> None:
    stripe_api.secret_keys.clear()
    try:
        body = await _start(chat, db, "30")
    finally:
        stripe_api.secret_keys.add(SECRET_KEY)
    assert "runtimeOptions" not in body["input"]
    logs = (await db.scalars(select(Log).where(Log.result_id == body["resultId"]))).all()
    assert [(log.description, log.details) for log in logs] == [
        ("Payment not created", "Invalid API Key provided")
    ]


async def test_previews_pay_with_the_test_keys(
    chat: httpx.AsyncClient, db: AsyncSession, stripe_api: FakeStripe
) -> None:
    member = await make_member(db)
    keys = {
        "live": {"publicKey": "pk_live_unknown", "secretKey": "sk_live_unknown"},
        "test": {"publicKey": PUBLIC_KEY, "secretKey": SECRET_KEY},
    }
    bot_id = new_id()
    await publish_payment_bot(db, member, "shop", secret=SECRET, keys=keys, typebot_id=bot_id)
    preview = await chat.post(
        f"/api/v1/typebots/{bot_id}/preview/startChat",
        json={"prefilledVariables": {"Price": "5"}},
        headers=member.headers,
    )
    assert preview.status_code == 200, preview.text
    assert preview.json()["input"]["runtimeOptions"]["publicKey"] == PUBLIC_KEY
    live = await chat.post(
        "/api/v1/typebots/shop/startChat", json={"prefilledVariables": {"Price": "5"}}
    )
    assert "runtimeOptions" not in live.json()["input"]
    logs = (await db.scalars(select(Log).where(Log.result_id == live.json()["resultId"]))).all()
    assert [log.details for log in logs] == ["Invalid API Key provided"]
