"""Issue 15's story, end to end as a new user lives it: sign in with the link the server prints,
start a bot from a template, change its buttons' colour and see it in the preview and on the
public page, chat twice, find both chats in the results and read one's transcript, export them
as CSV, see the counts in analytics, invite a teammate who signs in and sees the bot, and share
it read-only with someone who then cannot change it."""

import asyncio
import csv
import io
import re

from playwright.async_api import Browser, Page, expect

from tests.browser.builder.actions import SignInLinks, sign_in_by_link
from tests.support.live_server import LiveServer

OWNER = "olivia.owner@example.com"
TEAMMATE = "theo.teammate@example.com"
READER = "rita.reader@example.com"
BUTTON = ".bl-buttons .bl-button"
NAVY = "rgb(18, 52, 86)"


async def _bot_from_template(page: Page) -> str:
    """The FAQ template, used from the gallery; the new bot's id."""
    await page.get_by_role("link", name="Templates").click()
    await page.get_by_role("button", name="FAQ", exact=False).click()
    preview = page.get_by_role("complementary", name="Preview of FAQ")
    await expect(preview.get_by_text("What would you like to know?")).to_be_visible()
    await preview.get_by_role("button", name="Use this template").click()
    await expect(page.get_by_role("region", name="Start")).to_be_visible()
    match = re.search(r"/typebots/([^/]+)/edit", page.url)
    assert match is not None
    return match.group(1)


async def _buttons_turn_navy(page: Page) -> None:
    """The buttons' colour, changed in the theme editor, redraws the preview."""
    await page.get_by_role("link", name="Theme").click()
    preview = page.get_by_role("region", name="Preview")
    await expect(preview.locator(BUTTON).first).to_have_text("Delivery times")
    chat = page.locator("details.editor-section").filter(
        has=page.get_by_role("heading", name="Chat", exact=True)
    )
    if await chat.get_attribute("open") is None:
        await chat.locator("summary").click()
    await (
        chat.get_by_role("group", name="Buttons")
        .get_by_label("Background", exact=True)
        .fill("#123456")
    )
    await expect(preview.locator(BUTTON).first).to_have_css("background-color", NAVY)
    await page.get_by_role("button", name="Publish", exact=True).click()
    await expect(page.get_by_role("button", name="Published", exact=True)).to_be_disabled()


async def _chat(page: Page, url: str, topic: str, *, finish: bool) -> None:
    """A visitor on the public page asks about ``topic``; ``finish`` says "No, that's all"."""
    visitor = await page.context.new_page()
    await visitor.goto(url)
    first = visitor.locator(BUTTON).first
    await expect(first).to_have_css("background-color", NAVY)
    await visitor.locator(BUTTON).filter(has_text=topic).click()
    await expect(visitor.get_by_text("Can I help with anything else?")).to_be_visible()
    if finish:
        await visitor.locator(BUTTON).filter(has_text="No, that's all").click()
        await expect(visitor.get_by_text("Happy writing!")).to_be_visible()
    await visitor.close()


async def _results_show_both_chats(page: Page, base: str, typebot_id: str) -> None:
    await page.goto(f"{base}/typebots/{typebot_id}/results")
    table = page.get_by_role("table", name="Submissions of FAQ")
    rows = table.locator("tbody tr[data-result-id]")
    await expect(rows).to_have_count(2)
    await rows.filter(has_text="Delivery times").get_by_role("button").first.click()
    drawer = page.get_by_role("dialog", name="Result")
    transcript = drawer.get_by_role("list", name="Transcript")
    await expect(transcript).to_contain_text("What would you like to know?")
    await expect(transcript).to_contain_text("Delivery times")
    await expect(transcript).to_contain_text("Happy writing!")
    await page.keyboard.press("Escape")

    await page.get_by_role("button", name="Export").click()
    async with page.expect_download() as downloading:
        await page.get_by_role("menuitem", name="CSV (spreadsheet)").click()
    saved = await (await downloading.value).path()
    text = await asyncio.to_thread(saved.read_text, "utf-8")
    rows_read = list(csv.reader(io.StringIO(text)))
    assert rows_read[0][0] == "Submitted at"
    answers = sorted(cell for row in rows_read[1:] for cell in row[1:] if cell)
    assert "Delivery times" in answers
    assert "Opening hours" in answers
    assert len(rows_read) == 3


async def _analytics_count_them(page: Page) -> None:
    sections = page.get_by_role("navigation", name="Results sections")
    await sections.get_by_role("link", name="Analytics").click()
    totals = page.get_by_label("Totals of the period")
    await expect(totals.locator('[data-stat="views"] .stat-value')).to_have_text("2")
    await expect(totals.locator('[data-stat="starts"] .stat-value')).to_have_text("2")
    await expect(totals.locator('[data-stat="completions"] .stat-value')).to_have_text("1")


async def _invite(page: Page, base: str) -> None:
    await page.goto(f"{base}/typebots")
    await page.get_by_role("link", name="Workspace settings").click()
    await page.get_by_role("link", name="Members").click()
    await page.get_by_label("Email address").fill(TEAMMATE)
    await page.get_by_role("button", name="Invite").click()
    await expect(page.get_by_role("status")).to_contain_text(f"{TEAMMATE} is invited")


async def _share_read_only(page: Page, base: str, typebot_id: str) -> None:
    await page.goto(f"{base}/typebots/{typebot_id}/edit")
    await page.get_by_role("button", name="Collaborators").click()
    dialog = page.get_by_role("dialog", name="Collaborators")
    await dialog.get_by_label("Email address").fill(READER)
    await dialog.get_by_role("button", name="Share").click()
    await expect(
        dialog.get_by_role("list", name="Collaborators").get_by_text(READER)
    ).to_be_visible()
    access = page.get_by_role("combobox", name=f"Access of {READER}")
    await access.click()
    await page.get_by_role("option", name="Can view").click()
    await expect(access).to_have_text(re.compile("Can view"))
    await page.keyboard.press("Escape")


async def test_a_new_user_from_template_to_results_analytics_and_team(
    builder_built: None,
    botloom: LiveServer,
    page: Page,
    browser: Browser,
    sign_in_links: SignInLinks,
) -> None:
    base = botloom.base_url
    await page.set_viewport_size({"width": 1280, "height": 860})
    await sign_in_by_link(page, base, sign_in_links, OWNER)
    typebot_id = await _bot_from_template(page)
    await _buttons_turn_navy(page)
    public_id = await page.evaluate("window.__botloomEditor.getState().doc.publicId")
    await _chat(page, f"{base}/{public_id}", "Delivery times", finish=True)
    await _chat(page, f"{base}/{public_id}", "Opening hours", finish=False)
    await _results_show_both_chats(page, base, typebot_id)
    await _analytics_count_them(page)

    await _invite(page, base)
    teammate = await browser.new_context(viewport={"width": 1280, "height": 860})
    reader = await browser.new_context(viewport={"width": 1280, "height": 860})
    try:
        mate = await teammate.new_page()
        await sign_in_by_link(mate, base, sign_in_links, TEAMMATE)
        await expect(mate.get_by_text("FAQ", exact=True)).to_be_visible()

        reading = await reader.new_page()
        await sign_in_by_link(reading, base, sign_in_links, READER)
        await _share_read_only(page, base, typebot_id)
        await reading.goto(f"{base}/typebots/{typebot_id}/edit")
        await expect(reading.get_by_role("region", name="Start")).to_be_visible()
        await expect(reading.get_by_role("button", name="Publish")).to_have_count(0)
        await expect(reading.get_by_role("complementary", name="Blocks")).to_have_count(0)
        await expect(reading.get_by_label("Bot name")).not_to_be_editable()
    finally:
        await teammate.close()
        await reader.close()
