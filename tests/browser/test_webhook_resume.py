"""A chat on the public page that waits for a webhook moves on by itself when the webhook is
called: no click, no reload."""

import httpx
import pytest
from playwright.async_api import Page, expect

from botloom.ids import new_id
from tests.browser.chat import Chat
from tests.browser.conftest import Publish
from tests.support.bots import webhook_bot
from tests.support.live_server import LiveServer

pytestmark = pytest.mark.usefixtures("widget_built")


async def test_the_chat_moves_on_when_the_webhook_is_called(
    page: Page, botloom: LiveServer, publish: Publish
) -> None:
    typebot_id = f"hook-{new_id()}"
    public_id = await publish(webhook_bot(), typebot_id=typebot_id)
    # The page listens before the call is made.
    async with (
        page.expect_request(lambda r: "/webhookEvents?listenId=1" in r.url),
        page.expect_response(lambda r: r.url.endswith("/startChat")) as started,
    ):
        await page.goto(f"{botloom.base_url}/{public_id}")
    result_id = (await (await started.value).json())["resultId"]
    chat = Chat(page)
    await chat.expect_bot("Waiting for your payment")
    await expect(chat.field("Type your answer...")).to_have_count(0)

    url = f"/api/v1/typebots/{typebot_id}/blocks/wh/results/{result_id}/executeWebhook"
    async with httpx.AsyncClient(base_url=botloom.base_url) as http:
        called = await http.post(url, json={"order": {"id": "A-42"}})
    assert called.status_code == 200, called.text

    await chat.expect_bot("Order A-42 received")
    await chat.send("Type your answer...", "Ada")
    await chat.expect_bot("Thanks Ada for order A-42")


async def test_a_remembered_chat_listens_again_after_a_reload(
    page: Page, botloom: LiveServer, publish: Publish
) -> None:
    typebot_id = f"hook-{new_id()}"
    remembered = {**webhook_bot(), "settings": {"general": {"rememberUser": {"isEnabled": True}}}}
    public_id = await publish(remembered, typebot_id=typebot_id)
    # The chat is saved before the page starts listening.
    async with (
        page.expect_request(lambda r: "/webhookEvents?listenId=1" in r.url),
        page.expect_response(lambda r: r.url.endswith("/startChat")) as started,
    ):
        await page.goto(f"{botloom.base_url}/{public_id}")
    result_id = (await (await started.value).json())["resultId"]

    async with page.expect_request(lambda r: "/webhookEvents?listenId=1" in r.url):
        await page.reload()
    chat = Chat(page)
    await chat.expect_bot("Waiting for your payment")
    url = f"/api/v1/typebots/{typebot_id}/blocks/wh/results/{result_id}/executeWebhook"
    async with httpx.AsyncClient(base_url=botloom.base_url) as http:
        assert (await http.post(url, json={"order": {"id": "R-9"}})).status_code == 200
    await chat.expect_bot("Order R-9 received")
