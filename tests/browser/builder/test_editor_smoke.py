"""The editor opens a bot, draws it, and saves a change made on the canvas."""

import json
from pathlib import Path

import httpx
from playwright.async_api import Page, expect
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.browser.builder.conftest import Owner, open_editor

FIXTURES = Path(__file__).parents[2] / "fixtures" / "bots"


async def test_dashboard_creates_a_bot_and_opens_its_editor(page: Page, owner: Owner) -> None:
    await page.goto(f"{owner.base_url}/")
    await page.get_by_role("button", name="Create a bot").click()
    await expect(page.get_by_role("region", name="Start")).to_be_visible()
    await expect(page).to_have_url(f"{owner.base_url}/typebots/{page.url.split('/')[-2]}/edit")


async def test_editor_draws_groups_and_saves_a_new_block(
    page: Page, owner: Owner, browser_engine: AsyncEngine
) -> None:
    document = json.loads((FIXTURES / "lead-capture.json").read_text())
    typebot_id = await owner.import_bot(browser_engine, document)
    await open_editor(page, owner, typebot_id)
    for group in document["groups"]:
        await expect(page.get_by_role("region", name=group["title"], exact=True)).to_be_visible()

    await page.get_by_role("button", name="Add Email input").click()
    await expect(page.get_by_role("status")).to_have_text("Saved")
    async with httpx.AsyncClient(base_url=owner.base_url, headers=owner.member.headers) as api:
        saved = (await api.get(f"/api/v1/typebots/{typebot_id}")).json()["typebot"]
    types = [block["type"] for group in saved["groups"] for block in group["blocks"]]
    assert types.count("email input") == 1 + sum(
        block["type"] == "email input" for group in document["groups"] for block in group["blocks"]
    )
