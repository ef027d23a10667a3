"""Analytics, the drop-off overlay, the account screens and the audit log, as a bot owner uses
them: visitors chat through the chat API, the owner reads the figures and manages their
account."""

from pathlib import Path

import httpx
from playwright.async_api import BrowserContext, Page, expect
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.browser.builder.conftest import Owner
from tests.integration.analytics.chats import survey_bot
from tests.support.chats import chat

DARK_BACKGROUND = "rgb(21, 23, 27)"


SURVEY_LAYOUT = {"g1": (300, 0), "g2": (720, -160), "g3": (720, 200), "g4": (1140, -160)}


async def _published_survey(owner: Owner, engine: AsyncEngine) -> tuple[str, str]:
    """The survey bot, laid out left to right, imported and published; its id and public
    id."""
    document = survey_bot()
    for group in document["groups"]:
        x, y = SURVEY_LAYOUT[group["id"]]
        group["graphCoordinates"] = {"x": x, "y": y}
    typebot_id = await owner.import_bot(engine, document)
    async with httpx.AsyncClient(base_url=owner.base_url, headers=owner.member.headers) as api:
        published = await api.post(f"/api/v1/typebots/{typebot_id}/publish")
        assert published.status_code == 200, published.text
        bot = (await api.get(f"/api/v1/typebots/{typebot_id}")).json()["typebot"]
    return typebot_id, bot["publicId"]


async def _five_visitors(owner: Owner, public_id: str) -> None:
    """Two finish, one only looks, two leave at the name question."""
    async with httpx.AsyncClient(base_url=owner.base_url) as client:
        await chat(client, public_id, "Yes", "Ada")
        await chat(client, public_id, "No")
        await chat(client, public_id)
        await chat(client, public_id, "Yes")
        await chat(client, public_id, "Yes")


async def _shoot(page: Page, path: Path) -> None:
    await page.screenshot(path=path, animations="disabled", caret="hide", full_page=True)


async def test_analytics_totals_chart_and_drop_off_overlay(
    page: Page, owner: Owner, browser_engine: AsyncEngine, screenshots: Path
) -> None:
    typebot_id, public_id = await _published_survey(owner, browser_engine)
    await _five_visitors(owner, public_id)

    await page.goto(f"{owner.base_url}/typebots/{typebot_id}/results/analytics")
    totals = page.get_by_label("Totals of the period")
    await expect(totals.locator('[data-stat="views"] .stat-value')).to_have_text("5")
    await expect(totals.locator('[data-stat="starts"] .stat-value')).to_have_text("4")
    await expect(totals.locator('[data-stat="completions"] .stat-value')).to_have_text("2")
    await expect(totals.locator('[data-stat="completionRate"] .stat-value')).to_have_text("50%")
    chart = page.get_by_role("figure", name="Views, starts and completions over time")
    canvas = chart.locator("canvas")
    await expect(canvas).to_be_visible()
    box = await canvas.bounding_box()
    assert box is not None
    assert box["width"] > 200, box
    assert box["height"] > 100, box
    drawn = await canvas.evaluate(
        """canvas => {
            const pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height);
            return pixels.data.some((value, index) => index % 4 === 3 && value > 0);
        }"""
    )
    assert drawn, "the chart drew nothing"
    name_row = page.locator('tr[data-block-id="n1"]')
    await expect(name_row).to_contain_text("Your name?")
    await expect(name_row.get_by_role("cell")).to_have_text(["Yes", "3", "1", "2", "67%"])
    await expect(page.locator("tr[data-worst]")).to_have_attribute("data-block-id", "n1")

    await page.get_by_label("Period", exact=True).select_option(label="Today")
    await expect(page).to_have_url(
        f"{owner.base_url}/typebots/{typebot_id}/results/analytics?period=today"
    )
    await expect(totals.locator('[data-stat="views"] .stat-value')).to_have_text("5")
    await expect(canvas).to_be_visible()
    await _shoot(page, screenshots / "analytics-light.png")
    await page.emulate_media(color_scheme="dark")
    await expect(page.locator("html")).to_have_css("background-color", DARK_BACKGROUND)
    await _shoot(page, screenshots / "analytics-dark.png")
    await page.emulate_media(color_scheme="light")

    await page.get_by_role("link", name="Show on the canvas").click()
    await page.get_by_role("region", name="Start").wait_for()
    toggle = page.get_by_role("button", name="Show drop-off")
    await expect(toggle).to_have_attribute("aria-pressed", "true")
    await page.get_by_role("button", name="Zoom to fit").click()
    name_badge = page.locator('[data-block-id="n1"] .drop-off-badge')
    await expect(name_badge).to_contain_text("3 reached, 1 answered, 2 dropped")
    await expect(name_badge).to_contain_text("67% leave here")
    await expect(name_badge).to_have_attribute("data-worst", "true")
    buttons_badge = page.locator('[data-block-id="c1"] .drop-off-badge')
    await expect(buttons_badge).to_contain_text("5 reached, 4 answered, 1 dropped")
    await expect(buttons_badge).to_contain_text("20% leave here")
    await expect(buttons_badge).not_to_have_attribute("data-worst", "true")
    # Text bubbles ask nothing: no badge.
    await expect(page.locator('[data-block-id="b2"] .drop-off-badge')).to_have_count(0)
    # Closer, around the question people leave: the wheel zooms where the pointer is.
    await page.locator('[data-group-id="g2"] .group-title').hover()
    for _ in range(4):
        await page.mouse.wheel(0, -200)
    await page.wait_for_timeout(300)
    await _shoot(page, screenshots / "drop-off-overlay-light.png")
    await page.emulate_media(color_scheme="dark")
    await _shoot(page, screenshots / "drop-off-overlay-dark.png")

    await toggle.click()
    await expect(toggle).to_have_attribute("aria-pressed", "false")
    await expect(page.locator(".drop-off-badge")).to_have_count(0)
    await toggle.click()
    await expect(name_badge).to_be_visible()


async def _api_status(owner: Owner, token: str, path: str, **params: str) -> int:
    async with httpx.AsyncClient(base_url=owner.base_url) as api:
        response = await api.get(path, params=params, headers={"Authorization": f"Bearer {token}"})
        return response.status_code


async def _profile_and_appearance(page: Page, owner: Owner, screenshots: Path) -> None:
    await page.goto(f"{owner.base_url}/account")
    await page.get_by_label("Name", exact=True).fill("Ada Lovelace")
    await page.get_by_role("button", name="Save profile").click()
    await expect(page.get_by_role("status").filter(has_text="Profile saved.")).to_be_visible()
    await page.reload()
    await expect(page.get_by_label("Name", exact=True)).to_have_value("Ada Lovelace")
    async with httpx.AsyncClient(base_url=owner.base_url, headers=owner.member.headers) as api:
        assert (await api.get("/api/v1/users/me")).json()["name"] == "Ada Lovelace"

    await _shoot(page, screenshots / "account-light.png")
    await page.get_by_role("radio", name="Dark").check()
    await expect(page.locator("html")).to_have_css("background-color", DARK_BACKGROUND)
    token = await page.evaluate(
        "getComputedStyle(document.documentElement).getPropertyValue('--bg').trim()"
    )
    assert token == "#15171b"
    await page.reload()
    await expect(page.get_by_role("radio", name="Dark")).to_be_checked()
    await expect(page.locator("html")).to_have_css("background-color", DARK_BACKGROUND)
    await _shoot(page, screenshots / "account-dark.png")
    await page.get_by_role("radio", name="Same as the system").check()


async def _tokens(page: Page, owner: Owner, typebot_id: str, screenshots: Path) -> str:
    """Create a token, copy it once, use it, revoke it; returns the token."""
    await page.get_by_role("link", name="API tokens").click()
    await page.get_by_label("Token name").fill("Zapier")
    await page.get_by_role("button", name="Create token").click()
    dialog = page.get_by_role("dialog", name="Your new token")
    shown = await dialog.get_by_label("The token named Zapier").input_value()
    await dialog.get_by_role("button", name="Copy").click()
    await expect(dialog.get_by_role("button", name="Copied")).to_be_visible()
    copied = await page.evaluate("navigator.clipboard.readText()")
    assert copied == shown
    assert len(shown) > 20
    await _shoot(page, screenshots / "tokens-created-light.png")
    await dialog.get_by_role("button", name="Done").click()
    await expect(dialog).to_have_count(0)
    assert shown not in await page.content(), "the token is shown once only"
    tokens = page.get_by_role("table", name="Your API tokens")
    await expect(tokens.get_by_role("rowheader", name="Zapier")).to_be_visible()
    await _shoot(page, screenshots / "tokens-light.png")
    await page.emulate_media(color_scheme="dark")
    await _shoot(page, screenshots / "tokens-dark.png")
    await page.emulate_media(color_scheme="light")

    workspace = owner.member.workspace.id
    assert await _api_status(owner, shown, "/api/v1/typebots", workspaceId=workspace) == 200
    async with httpx.AsyncClient(base_url=owner.base_url) as api:
        renamed = await api.patch(
            f"/api/v1/typebots/{typebot_id}",
            json={"typebot": {"name": "Survey, renamed by a script"}},
            headers={"Authorization": f"Bearer {shown}"},
        )
        assert renamed.status_code == 200, renamed.text

    await page.get_by_role("button", name="Revoke Zapier").click()
    confirm = page.get_by_role("alertdialog", name="Revoke “Zapier”?")
    await confirm.get_by_role("button", name="Revoke").click()
    await expect(tokens.get_by_role("rowheader", name="Zapier")).to_have_count(0)
    assert await _api_status(owner, shown, "/api/v1/typebots", workspaceId=workspace) == 401
    return shown


async def test_account_profile_appearance_tokens_audit_log_and_sign_out(
    page: Page,
    context: BrowserContext,
    owner: Owner,
    browser_engine: AsyncEngine,
    screenshots: Path,
) -> None:
    await context.grant_permissions(["clipboard-read", "clipboard-write"], origin=owner.base_url)
    typebot_id, _ = await _published_survey(owner, browser_engine)
    await _profile_and_appearance(page, owner, screenshots)
    await _tokens(page, owner, typebot_id, screenshots)

    await page.goto(f"{owner.base_url}/workspaces/{owner.member.workspace.id}/settings/audit")
    events = page.get_by_role("table")
    email = owner.member.user.email
    renamed = events.get_by_role("row").filter(has_text="Changed the bot")
    await expect(renamed).to_contain_text(email)
    await expect(renamed).to_contain_text("fields: name")
    await expect(events.get_by_role("row").filter(has_text="Published the bot")).to_have_count(1)
    await expect(events.get_by_role("row").filter(has_text="Imported the bot")).to_have_count(1)
    await expect(page.get_by_role("status")).to_contain_text("events shown")
    await _shoot(page, screenshots / "audit-log-light.png")
    await page.emulate_media(color_scheme="dark")
    await _shoot(page, screenshots / "audit-log-dark.png")
    await page.emulate_media(color_scheme="light")

    await page.goto(f"{owner.base_url}/account")
    await page.get_by_role("button", name="Sign out everywhere").click()
    confirm = page.get_by_role("alertdialog", name="Sign out everywhere?")
    await confirm.get_by_role("button", name="Sign out everywhere").click()
    await expect(page).to_have_url(f"{owner.base_url}/signin")
    me = await page.evaluate("fetch('/api/v1/users/me').then(response => response.status)")
    assert me == 401
