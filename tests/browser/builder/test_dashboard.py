"""Issue 15's sign-in, dashboard and gallery, as a new user lives them: sign in with the link the
server prints, land in a personal workspace, file bots in nested folders by pointer and by
keyboard, rename, duplicate, export and delete them, switch workspaces, then try a template in
the gallery's preview and start a bot from it. Screenshots light and dark of each screen."""

import asyncio
import json
from pathlib import Path

from playwright.async_api import Locator, Page, expect

from botloom.templates.catalogue import load_template
from tests.browser.builder.actions import SignInLinks, screenshot_both, sign_in_by_link
from tests.support.live_server import LiveServer

EMAIL = "dana.dashboard@example.com"


def bot_card(page: Page, name: str) -> Locator:
    """The card of the bot named exactly ``name``."""
    return page.locator(".bot-card").filter(has=page.get_by_text(name, exact=True))


def folder_card(page: Page, name: str) -> Locator:
    """The card of the folder named exactly ``name``."""
    return page.locator(".folder-card").filter(has=page.get_by_text(name, exact=True))


async def bot_action(page: Page, bot: str, action: str) -> None:
    """Opens a bot's "…" menu and picks ``action``."""
    await page.get_by_role("button", name=f"Actions for {bot}", exact=True).click()
    await page.get_by_role("menuitem", name=action).click()


async def new_folder(page: Page, name: str) -> None:
    await page.get_by_role("button", name="New folder").click()
    dialog = page.get_by_role("dialog", name="New folder")
    await dialog.get_by_label("Name").fill(name)
    await dialog.get_by_role("button", name="New folder").click()
    await expect(folder_card(page, name)).to_be_visible()


async def rename_bot(page: Page, old: str, new: str) -> None:
    await bot_action(page, old, "Rename…")
    dialog = page.get_by_role("dialog", name="Rename the bot")
    await dialog.get_by_label("Name").fill(new)
    await dialog.get_by_role("button", name="Save").click()
    await expect(bot_card(page, new)).to_be_visible()


async def _signs_in(page: Page, base: str, links: SignInLinks, screenshots: Path) -> None:
    """A spent link says so on the sign-in screen; then the console link signs a newcomer in."""
    await page.goto(f"{base}/api/v1/auth/magic-link/callback?token=not-a-real-one")
    await expect(page.get_by_role("alert")).to_have_text(
        "This sign-in link is not valid. Ask for a new one below."
    )
    await screenshot_both(page, screenshots, "01c-signin-link-error")
    await page.goto(f"{base}/signin")
    await expect(page.get_by_role("heading", name="Sign in to Botloom")).to_be_visible()
    await screenshot_both(page, screenshots, "01-signin")

    async def inbox() -> None:
        await expect(page.get_by_role("status")).to_contain_text(EMAIL)
        await screenshot_both(page, screenshots, "01b-check-inbox")

    await sign_in_by_link(page, base, links, EMAIL, on_inbox_step=inbox)
    switcher = page.get_by_role("button", name="Switch workspace (now My workspace)")
    await expect(switcher).to_be_visible()


async def _files_bots_in_folders(page: Page, screenshots: Path) -> None:
    """Two folders (one inside the other), a bot made, renamed, duplicated, dragged into a
    folder and back, another moved by keyboard into the nested folder."""
    await new_folder(page, "Sales")
    await page.get_by_role("button", name="Create a bot").click()
    await expect(page.get_by_role("region", name="Start")).to_be_visible()
    await page.goto(page.url.split("/typebots/")[0] + "/typebots")
    await rename_bot(page, "My bot", "Alpha")
    await bot_action(page, "Alpha", "Duplicate")
    await expect(bot_card(page, "Alpha (copy)")).to_be_visible()
    await screenshot_both(page, screenshots, "02-dashboard-folders")

    await bot_card(page, "Alpha").drag_to(folder_card(page, "Sales"))
    await expect(page.get_by_role("status")).to_have_text("Alpha moved to Sales")
    await expect(bot_card(page, "Alpha")).to_have_count(0)
    await folder_card(page, "Sales").get_by_role("link").click()
    await expect(page.get_by_role("heading", name="Sales")).to_be_visible()
    await expect(bot_card(page, "Alpha")).to_be_visible()
    await new_folder(page, "Leads")
    crumbs = page.get_by_role("navigation", name="Folders")
    await folder_card(page, "Leads").get_by_role("link").click()
    await expect(crumbs.get_by_role("listitem")).to_have_text(["All bots", "Sales", "Leads"])
    await screenshot_both(page, screenshots, "02b-dashboard-nested")
    await crumbs.get_by_role("link", name="Sales").click()
    await expect(page.get_by_role("heading", name="Sales")).to_be_visible()

    back = page.locator(".back-card")
    await bot_card(page, "Alpha").drag_to(back)
    await expect(page.get_by_role("status")).to_have_text("Alpha moved to All bots")
    await crumbs.get_by_role("link", name="All bots").click()
    await expect(bot_card(page, "Alpha")).to_be_visible()

    # The keyboard's way: the card's menu, "Move to…", a folder picker walked with Tab/Enter.
    await page.get_by_role("button", name="Actions for Alpha (copy)", exact=True).focus()
    await page.keyboard.press("Enter")
    await expect(page.get_by_role("menuitem", name="Move to…")).to_be_visible()
    await page.get_by_role("menuitem", name="Move to…").focus()
    await page.keyboard.press("Enter")
    picker = page.get_by_role("dialog", name="Move Alpha (copy)")
    await expect(picker.get_by_role("button", name="Move here")).to_be_disabled()
    await picker.get_by_role("button", name="Open Sales").focus()
    await page.keyboard.press("Enter")
    await picker.get_by_role("button", name="Open Leads").focus()
    await page.keyboard.press("Enter")
    await expect(picker.get_by_text("Current folder: Leads")).to_be_visible()
    await screenshot_both(page, screenshots, "02c-move-dialog")
    await picker.get_by_role("button", name="Move here").focus()
    await page.keyboard.press("Enter")
    await expect(page.get_by_role("status")).to_have_text("Alpha (copy) moved to Leads")
    await expect(bot_card(page, "Alpha (copy)")).to_have_count(0)
    await folder_card(page, "Sales").get_by_role("link").click()
    await folder_card(page, "Leads").get_by_role("link").click()
    await expect(bot_card(page, "Alpha (copy)")).to_be_visible()
    await crumbs.get_by_role("link", name="All bots").click()


async def _exports_and_deletes(page: Page, screenshots: Path) -> None:
    async with page.expect_download() as download:
        await bot_action(page, "Alpha", "Export as JSON")
    path = await (await download.value).path()
    exported = json.loads(await asyncio.to_thread(path.read_text))
    assert (exported["version"], exported["name"]) == ("6.1", "Alpha")

    await bot_action(page, "Alpha", "Delete…")
    confirm = page.get_by_role("alertdialog", name="Delete Alpha?")
    await screenshot_both(page, screenshots, "02d-delete-confirmation")
    await confirm.get_by_role("button", name="Cancel").click()
    await expect(bot_card(page, "Alpha")).to_be_visible()
    await bot_action(page, "Alpha", "Delete…")
    await confirm.get_by_role("button", name="Delete").click()
    await expect(bot_card(page, "Alpha")).to_have_count(0)


async def _switches_workspace(page: Page, screenshots: Path) -> None:
    await page.get_by_role("button", name="Switch workspace (now My workspace)").click()
    await screenshot_both(page, screenshots, "02e-workspace-menu")
    await page.get_by_role("menuitem", name="Create a workspace").click()
    dialog = page.get_by_role("dialog", name="Create a workspace")
    await dialog.get_by_label("Name").fill("Team")
    await dialog.get_by_role("button", name="Create a workspace").click()
    switcher = page.get_by_role("button", name="Switch workspace (now Team)")
    await expect(switcher).to_be_visible()
    await expect(folder_card(page, "Sales")).to_have_count(0)
    await switcher.click()
    await page.get_by_role("menuitemradio", name="My workspace").click()
    await expect(folder_card(page, "Sales")).to_be_visible()


async def _uses_a_template(page: Page, screenshots: Path) -> None:
    await page.get_by_role("link", name="Templates").click()
    await page.get_by_label("Search templates").fill("menu questions")
    await page.get_by_role("button", name="FAQ", exact=False).click()
    preview = page.get_by_role("complementary", name="Preview of FAQ")
    await expect(preview.get_by_text("What would you like to know?")).to_be_visible()
    await preview.get_by_role("button", name="Delivery times").click()
    await expect(preview.get_by_text("Can I help with anything else?")).to_be_visible()
    await page.get_by_label("Search templates").fill("")
    await screenshot_both(page, screenshots, "03-gallery-preview")
    await preview.get_by_role("button", name="Use this template").click()
    await expect(page.get_by_role("region", name="Start")).to_be_visible()
    await expect(page.get_by_role("textbox", name="Bot name")).to_have_value("FAQ")
    titles = await page.evaluate(
        "window.__botloomEditor.getState().doc.groups.map((group) => group.title)"
    )
    assert titles == [group["title"] for group in load_template("faq")["groups"]]


async def test_a_new_user_signs_in_files_bots_and_starts_one_from_a_template(
    builder_built: None,
    botloom: LiveServer,
    page: Page,
    sign_in_links: SignInLinks,
    screenshots: Path,
) -> None:
    base = botloom.base_url
    await page.set_viewport_size({"width": 1280, "height": 860})
    await _signs_in(page, base, sign_in_links, screenshots)
    await _files_bots_in_folders(page, screenshots)
    await _exports_and_deletes(page, screenshots)
    await _switches_workspace(page, screenshots)
    await _uses_a_template(page, screenshots)
