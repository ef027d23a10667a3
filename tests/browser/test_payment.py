"""A visitor pays in the widget at ``/{publicId}``: Stripe.js is a stub served by route
interception, whose ``confirmPayment`` pays the intent in a fake Stripe API (the browser's
calls to api.stripe.com are routed there); the server checks the payment with that fake
before the chat goes on."""

from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.async_api import Page, Route, expect
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from botloom.ids import new_id
from botloom.store.db import session_factory
from botloom.store.models import Answer
from tests.browser.chat import Chat
from tests.browser.conftest import Publish
from tests.support.bots import two_questions_bot
from tests.support.factories import make_member
from tests.support.fake_stripe import FakeStripe
from tests.support.live_apps import live_app
from tests.support.live_server import LiveServer
from tests.support.payment_bot import publish_payment_bot

pytestmark = pytest.mark.usefixtures("widget_built")

SECRET = "0011223344556677889900aabbccddee"

STRIPE_JS_STUB = """
window.Stripe = (publicKey) => {
  let clientSecret;
  return {
    elements(options) {
      clientSecret = options.clientSecret;
      return {
        create: () => ({
          mount(element) {
            const card = document.createElement("div");
            card.className = "fake-payment-element";
            card.textContent = "Card number 4242 4242 4242 4242";
            element.appendChild(card);
          },
        }),
      };
    },
    async confirmPayment() {
      const id = clientSecret.split("_secret_")[0];
      const body = new URLSearchParams({ key: publicKey, client_secret: clientSecret });
      const response = await fetch(`https://api.stripe.com/v1/payment_intents/${id}/confirm`, {
        method: "POST",
        body,
      });
      const data = await response.json();
      return response.ok ? { paymentIntent: data } : { error: data.error };
    },
  };
};
"""


@pytest.fixture(scope="module")
async def stripe_api() -> AsyncIterator[FakeStripe]:
    """The fake Stripe API the server and the stubbed Stripe.js both reach."""
    async with FakeStripe() as server:
        yield server


@pytest.fixture(scope="module")
def shop(
    browser_database_url: str, tmp_path_factory: pytest.TempPathFactory, stripe_api: FakeStripe
) -> Iterator[LiveServer]:
    """The app with credentials on, opening payments with the fake Stripe API."""
    settings = {"encryption_secret": SECRET, "stripe_api_base": stripe_api.url}
    with live_app(browser_database_url, tmp_path_factory, **settings) as server:
        yield server


async def _stub_stripe(page: Page, stripe_api: FakeStripe) -> list[str]:
    """Serve the Stripe.js stub, send api.stripe.com calls to the fake; the scripts loaded
    from js.stripe.com are listed."""
    loaded: list[str] = []

    async def stripe_js(route: Route) -> None:
        loaded.append(route.request.url)
        await route.fulfill(content_type="application/javascript", body=STRIPE_JS_STUB)

    async def stripe_api_call(route: Route) -> None:
        request = route.request
        answer = await route.fetch(url=stripe_api.url + urlsplit(request.url).path)
        await route.fulfill(response=answer, headers={"access-control-allow-origin": "*"})

    await page.route("https://js.stripe.com/v3", stripe_js)
    await page.route("https://api.stripe.com/**", stripe_api_call)
    return loaded


async def _open_shop(
    page: Page, shop: LiveServer, stripe_api: FakeStripe, engine: AsyncEngine
) -> tuple[Chat, dict[str, Any]]:
    """The shop bot opened with Stripe.js stubbed; the chat and the intent it opened."""
    public_id = f"shop-{new_id()}"
    async with session_factory(engine)() as db:
        await publish_payment_bot(db, await make_member(db), public_id, secret=SECRET)
    loaded = await _stub_stripe(page, stripe_api)
    email = f"{public_id}@example.com"
    await page.goto(f"{shop.base_url}/{public_id}?Price=30&Email={email}")
    chat = Chat(page)
    await chat.expect_bot("The book costs 30 €")
    await expect(chat.root.locator(".fake-payment-element")).to_be_visible()
    assert loaded == ["https://js.stripe.com/v3"]
    (intent,) = [i for i in stripe_api.intents.values() if i.get("receipt_email") == email]
    assert (intent["amount"], intent["status"]) == (3000, "requires_payment_method")
    return chat, intent


async def test_the_visitor_pays_and_the_chat_goes_on(
    page: Page, shop: LiveServer, stripe_api: FakeStripe, browser_engine: AsyncEngine
) -> None:
    chat, intent = await _open_shop(page, shop, stripe_api, browser_engine)
    await chat.button("Pay now €30.00").click()
    await chat.expect_guest("Paid")
    await chat.expect_bot("Thank you: Paid")
    assert intent["status"] == "succeeded"
    async with session_factory(browser_engine)() as db:
        answers = (await db.scalars(select(Answer).where(Answer.block_id == "pay"))).all()
    assert "Paid" in [answer.content for answer in answers]


async def test_a_declined_card_is_told_and_the_chat_waits(
    page: Page, shop: LiveServer, stripe_api: FakeStripe, browser_engine: AsyncEngine
) -> None:
    chat, intent = await _open_shop(page, shop, stripe_api, browser_engine)
    stripe_api.declines = True
    try:
        await chat.button("Pay now €30.00").click()
        await expect(chat.root.get_by_role("alert")).to_have_text("Your card was declined.")
    finally:
        stripe_api.declines = False
    await expect(chat.guest_messages).to_have_count(0)
    assert intent["status"] == "requires_payment_method"
    await chat.button("Pay now €30.00").click()
    await chat.expect_bot("Thank you: Paid")


async def test_stripe_js_is_not_loaded_without_a_payment_input(
    page: Page, botloom: LiveServer, publish: Publish
) -> None:
    loaded: list[str] = []
    await page.route("https://js.stripe.com/**", lambda route: loaded.append(route.request.url))
    public_id = await publish(two_questions_bot())
    await page.goto(f"{botloom.base_url}/{public_id}")
    await expect(Chat(page).bot_messages.first).to_be_visible()
    assert loaded == []
