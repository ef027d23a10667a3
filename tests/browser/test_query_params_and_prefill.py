"""Two general settings the widget honours on the bot's page: hiding the query string once it
has been read as prefilled variables, and not prefilling inputs from their variables."""

import pytest
from playwright.async_api import Page, expect

from tests.browser.conftest import Publish
from tests.support.bots import two_questions_bot
from tests.support.live_server import LiveServer

pytestmark = pytest.mark.usefixtures("widget_built")


async def test_by_default_the_query_stays_and_inputs_are_prefilled(
    page: Page, botloom: LiveServer, publish: Publish
) -> None:
    public_id = await publish(two_questions_bot())
    await page.goto(f"{botloom.base_url}/{public_id}?Name=Ada")
    await expect(page.get_by_text("Hello! What's your name?")).to_be_visible()
    await expect(page.get_by_role("textbox")).to_have_value("Ada")
    assert page.url.endswith("?Name=Ada")


async def test_the_bot_can_hide_the_query_and_leave_inputs_empty(
    page: Page, botloom: LiveServer, publish: Publish
) -> None:
    settings = {"general": {"isHideQueryParamsEnabled": True, "isInputPrefillEnabled": False}}
    public_id = await publish(two_questions_bot(settings))
    await page.goto(f"{botloom.base_url}/{public_id}?Name=Ada#top")
    await expect(page.get_by_text("Hello! What's your name?")).to_be_visible()
    await expect(page.get_by_role("textbox")).to_have_value("")
    await expect(page).to_have_url(f"{botloom.base_url}/{public_id}#top")
    # The chat goes on as usual.
    await page.get_by_role("textbox").fill("Grace")
    await page.keyboard.press("Enter")
    await expect(page.get_by_text("Nice to meet you Grace.")).to_be_visible()
