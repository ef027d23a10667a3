"""The theme and settings screens: a colour changed in the form redraws the preview (without
restarting the chat) and reaches the public page; presets and workspace themes apply; settings
are saved, and the public page's title and head code follow them. Screenshots light and dark."""

import base64
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from playwright.async_api import Locator, Page, expect
from sqlalchemy.ext.asyncio import AsyncEngine

from botloom.ids import new_id
from tests.browser.builder.conftest import Owner
from tests.support.bots import bot_document, group, text_block

Document = dict[str, Any]
BUTTON = ".bl-buttons .bl-button"
# A 1x1 transparent PNG.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="
)


def _choice_bot(name: str) -> Document:
    """Start → a greeting and two buttons."""
    choice = {
        "id": "pick",
        "type": "choice input",
        "items": [{"id": "i1", "content": "Red"}, {"id": "i2", "content": "Blue"}],
    }
    return bot_document(
        name, [], [group("g1", "Hello", [text_block("hi", "Pick a colour"), choice])]
    )


async def _api_document(owner: Owner, typebot_id: str) -> Document:
    async with httpx.AsyncClient(base_url=owner.base_url, headers=owner.member.headers) as api:
        document: Document = (await api.get(f"/api/v1/typebots/{typebot_id}")).json()["typebot"]
        return document


async def _saved(
    page: Page, owner: Owner, typebot_id: str, check: Callable[[Document], bool]
) -> Document:
    """The document as saved, once ``check`` holds for it (autosave saves within a second)."""
    deadline = time.monotonic() + 8
    while True:
        await expect(page.locator(".save-status")).to_have_text("Saved")
        document = await _api_document(owner, typebot_id)
        if check(document) or time.monotonic() > deadline:
            return document
        await page.wait_for_timeout(150)


async def _with_public_id(owner: Owner, typebot_id: str) -> str:
    public_id = f"themed-{new_id()[:10].lower()}"
    async with httpx.AsyncClient(base_url=owner.base_url, headers=owner.member.headers) as api:
        response = await api.patch(
            f"/api/v1/typebots/{typebot_id}", json={"typebot": {"publicId": public_id}}
        )
        assert response.status_code == 200, response.text
    return public_id


async def _publish(page: Page) -> None:
    await page.get_by_role("button", name="Publish", exact=True).click()
    await expect(page.get_by_role("button", name="Published", exact=True)).to_be_disabled()


def _section(page: Page, title: str) -> Locator:
    return page.locator("details.editor-section").filter(
        has=page.get_by_role("heading", name=title, exact=True)
    )


async def _open(page: Page, title: str) -> Locator:
    section = _section(page, title)
    if await section.get_attribute("open") is None:
        await section.locator("summary").click()
    return section


async def test_theme_colour_preview_public_page_presets_and_workspace_themes(
    page: Page, owner: Owner, browser_engine: AsyncEngine, screenshots: Path
) -> None:
    typebot_id = await owner.import_bot(browser_engine, _choice_bot("Colours"))
    public_id = await _with_public_id(owner, typebot_id)
    await page.goto(f"{owner.base_url}/typebots/{typebot_id}/theme")
    preview = page.get_by_role("region", name="Preview")
    first_button = preview.locator(BUTTON).first
    await expect(first_button).to_have_text("Red")
    # The default orange of 6.1 bots, until the theme says otherwise.
    await expect(first_button).to_have_css("background-color", "rgb(255, 89, 36)")
    greeting = await preview.get_by_text("Pick a colour").element_handle()

    chat = await _open(page, "Chat")
    buttons = chat.get_by_role("group", name="Buttons")
    await buttons.get_by_label("Background", exact=True).fill("#123456")
    await expect(first_button).to_have_css("background-color", "rgb(18, 52, 86)")
    # Redrawn, not restarted: the greeting on screen is the same element.
    assert await greeting.evaluate("el => el.isConnected")
    await _saved(
        page,
        owner,
        typebot_id,
        lambda d: d["theme"].get("chat", {}).get("buttons", {}).get("backgroundColor") == "#123456",
    )
    await page.screenshot(path=screenshots / "theme-editor-light.png")
    await page.emulate_media(color_scheme="dark")
    await page.screenshot(path=screenshots / "theme-editor-dark.png")
    await page.emulate_media(color_scheme="light")

    await _publish(page)
    public = await page.context.new_page()
    await public.goto(f"{owner.base_url}/{public_id}")
    public_button = public.locator(BUTTON).first
    await expect(public_button).to_have_text("Red")
    await expect(public_button).to_have_css("background-color", "rgb(18, 52, 86)")
    await public.close()

    # An uploaded avatar: its URL fills the field and the preview (restarted) shows it.
    avatar = chat.get_by_role("group", name="Bot avatar")
    await avatar.locator('input[type="file"]').set_input_files(
        {"name": "face.png", "mimeType": "image/png", "buffer": PNG}
    )
    await expect(avatar.get_by_label("Picture URL")).to_have_value(
        re.compile(r"/files/.+face\.png$")
    )
    url = await avatar.get_by_label("Picture URL").input_value()
    await expect(preview.locator(f'img[src="{url}"]')).to_have_count(1)

    templates = await _open(page, "Themes")
    await templates.get_by_role("button", name="Apply Dark").click()
    await expect(first_button).to_have_css("background-color", "rgb(99, 102, 241)")
    await expect(buttons.get_by_label("Background", exact=True)).to_have_value("#6366F1")
    saved = await _saved(
        page,
        owner,
        typebot_id,
        lambda d: d["theme"].get("general", {}).get("background", {}).get("content") == "#0F172A",
    )
    assert saved["theme"]["chat"]["buttons"]["backgroundColor"] == "#6366F1"
    await page.screenshot(path=screenshots / "theme-editor-dark-preset.png")

    general = await _open(page, "General")
    await general.scroll_into_view_if_needed()
    await page.screenshot(path=screenshots / "theme-editor-general-light.png")

    # Undo brings the previous theme back, in the preview too.
    await page.get_by_role("button", name="Undo", exact=True).click()
    await expect(first_button).to_have_css("background-color", "rgb(18, 52, 86)")
    await page.get_by_role("button", name="Redo", exact=True).click()
    await expect(first_button).to_have_css("background-color", "rgb(99, 102, 241)")

    await templates.get_by_label("Theme name").fill("Night")
    await templates.get_by_role("button", name="Save as a workspace theme").click()
    mine = templates.get_by_role("list", name="My workspace themes")
    await expect(mine.get_by_role("button", name="Apply Night")).to_be_visible()

    other_id = await owner.import_bot(browser_engine, _choice_bot("Other"))
    await page.goto(f"{owner.base_url}/typebots/{other_id}/theme")
    other_button = page.get_by_role("region", name="Preview").locator(BUTTON).first
    await expect(other_button).to_have_text("Red")
    await page.get_by_role("button", name="Apply Night").click()
    await expect(other_button).to_have_css("background-color", "rgb(99, 102, 241)")
    other = await _saved(
        page,
        owner,
        other_id,
        lambda d: d["theme"].get("chat", {}).get("buttons", {}).get("backgroundColor") == "#6366F1",
    )
    assert other["theme"]["general"]["background"]["content"] == "#0F172A"

    # Deleting it asks first, then the list no longer has it.
    await page.get_by_role("button", name="Delete Night").click()
    await page.get_by_role("alertdialog").get_by_role("button", name="Delete").click()
    await expect(page.get_by_role("button", name="Apply Night")).to_have_count(0)


async def test_settings_are_saved_and_reach_the_public_page(
    page: Page, owner: Owner, browser_engine: AsyncEngine, screenshots: Path
) -> None:
    typebot_id = await owner.import_bot(browser_engine, _choice_bot("Settings"))
    public_id = await _with_public_id(owner, typebot_id)
    await page.goto(f"{owner.base_url}/typebots/{typebot_id}/settings")
    await expect(page.get_by_role("region", name="Preview").locator(BUTTON).first).to_have_text(
        "Red"
    )

    general = await _open(page, "General")
    prefill = general.get_by_role("switch", name="Prefill inputs")
    await expect(prefill).to_be_checked()
    await prefill.uncheck()
    await general.get_by_role("switch", name="Hide the address's query parameters").check()
    typing = await _open(page, "Typing emulation")
    switch = typing.get_by_role("switch", name="Show the bot typing before each message")
    await expect(switch).to_be_checked()
    await switch.uncheck()
    metadata = await _open(page, "Metadata")
    await expect(metadata.get_by_role("note")).to_contain_text("scripts run there")
    await metadata.get_by_label("Page title").fill("Pick a colour with us")
    await metadata.get_by_role("textbox", name="Custom head code").click()
    await page.keyboard.insert_text('<script>window.headCode = "ran";</script>')
    security = await _open(page, "Security")
    await security.get_by_label("Allowed origins").fill("https://example.com/")
    await expect(security.get_by_text("Not origins")).to_contain_text("https://example.com/")
    await security.get_by_label("Allowed origins").fill("")

    saved = await _saved(
        page,
        owner,
        typebot_id,
        lambda d: d["settings"].get("metadata", {}).get("title") == "Pick a colour with us",
    )
    assert saved["settings"]["typingEmulation"]["enabled"] is False
    assert saved["settings"]["general"]["isInputPrefillEnabled"] is False
    assert saved["settings"]["general"]["isHideQueryParamsEnabled"] is True
    assert "window.headCode" in saved["settings"]["metadata"]["customHeadCode"]

    retention = await _open(page, "Results retention")
    await retention.get_by_label("Keep results for (days)").fill("30")
    await retention.get_by_role("button", name="Save retention").click()
    await expect(retention.get_by_role("status")).to_contain_text("kept for 30 days")
    async with httpx.AsyncClient(base_url=owner.base_url, headers=owner.member.headers) as api:
        workspace = (await api.get(f"/api/v1/workspaces/{owner.member.workspace.id}")).json()
    assert workspace["workspace"]["settings"]["resultsRetentionDays"] == 30

    await page.screenshot(path=screenshots / "settings-editor-light.png")
    await page.emulate_media(color_scheme="dark")
    await page.screenshot(path=screenshots / "settings-editor-dark.png")
    await page.emulate_media(color_scheme="light")

    await _publish(page)
    public = await page.context.new_page()
    await public.goto(f"{owner.base_url}/{public_id}?utm_source=test")
    await expect(public).to_have_title("Pick a colour with us")
    await expect(public.locator(BUTTON).first).to_have_text("Red")
    # The head code runs on the public page once the chat has started.
    await public.wait_for_function("window.headCode === 'ran'")
    await expect(public).to_have_url(f"{owner.base_url}/{public_id}")
    await public.close()
