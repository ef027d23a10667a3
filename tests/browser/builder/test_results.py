"""The results screen: the submissions table over real chats, its columns, filters, drawer,
deletion and exports, and a table of 100,000 results that only loads what is scrolled to."""

import asyncio
import csv
import io
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from playwright.async_api import Locator, Page, Request, expect
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from botloom.ids import new_id
from botloom.store.db import session_factory
from botloom.store.models import Typebot
from tests.browser.builder.conftest import Owner
from tests.support.bots import text_block
from tests.support.chats import chat
from tests.support.publishing import publisher

SEEDED = 100_000


def _lead_bot() -> dict[str, Any]:
    """Asks a name and an email in "Welcome", then a plan (a choice saving nowhere) in "Plan";
    "Score" is a variable no input saves into."""
    return {
        "version": "6.1",
        "name": "Lead capture",
        "events": [
            {
                "id": "start",
                "type": "start",
                "graphCoordinates": {"x": 0, "y": 0},
                "outgoingEdgeId": "e0",
            }
        ],
        "variables": [
            {"id": "vname", "name": "Name"},
            {"id": "vemail", "name": "Email"},
            {"id": "vscore", "name": "Score"},
        ],
        "groups": [
            {
                "id": "g1",
                "title": "Welcome",
                "graphCoordinates": {"x": 300, "y": 0},
                "blocks": [
                    text_block("t1", "Hi! What's your name?"),
                    {"id": "b-name", "type": "text input", "options": {"variableId": "vname"}},
                    text_block("t2", "Nice to meet you {{Name}}. Your email?"),
                    {
                        "id": "b-email",
                        "type": "email input",
                        "options": {"variableId": "vemail"},
                        "outgoingEdgeId": "e1",
                    },
                ],
            },
            {
                "id": "g2",
                "title": "Plan",
                "graphCoordinates": {"x": 700, "y": 0},
                "blocks": [
                    text_block("t3", "Which plan?"),
                    {
                        "id": "b-plan",
                        "type": "choice input",
                        "items": [
                            {"id": "i-basic", "content": "Basic"},
                            {"id": "i-pro", "content": "Pro"},
                        ],
                    },
                    text_block("t4", "Thanks {{Name}}!"),
                ],
            },
        ],
        "edges": [
            {"id": "e0", "from": {"eventId": "start"}, "to": {"groupId": "g1"}},
            {"id": "e1", "from": {"blockId": "b-email"}, "to": {"groupId": "g2"}},
        ],
        "theme": {},
        "settings": {},
    }


async def _bot_with_chats(engine: AsyncEngine, owner: Owner) -> str:
    """The lead bot, published in the owner's workspace, after three visitors chatted: Alice
    finished, Bruno stopped at the plan, Chen after his name (newest)."""
    public_id = f"lead-{new_id()}"
    async with session_factory(engine)() as db:
        await publisher(db, owner.member)(_lead_bot(), public_id, None)
        typebot_id = await db.scalar(select(Typebot.id).where(Typebot.public_id == public_id))
    assert typebot_id is not None
    async with httpx.AsyncClient(base_url=owner.base_url) as client:
        await chat(client, public_id, "Alice Martin", "alice@acme.io", "Pro")
        await chat(client, public_id, "Bruno Silva", "bruno@example.org")
        await chat(client, public_id, "Chen Wei")
    return typebot_id


async def _open_results(page: Page, owner: Owner, typebot_id: str) -> Locator:
    await page.goto(f"{owner.base_url}/typebots/{typebot_id}/results")
    table = page.get_by_role("table", name="Submissions of Lead capture")
    await expect(table).to_be_visible()
    return table


def _rows(table: Locator) -> Locator:
    return table.locator("tbody tr[data-result-id]")


async def _headers(table: Locator) -> list[str]:
    return [text.strip() for text in await table.locator("thead th").all_inner_texts()][1:]


async def _shoot(page: Page, screenshots: Path, name: str) -> None:
    """Light, then dark, then back to light."""
    for scheme in ("light", "dark"):
        await page.emulate_media(color_scheme=scheme)
        await page.screenshot(
            path=screenshots / f"results-{name}-{scheme}.png", animations="disabled"
        )
    await page.emulate_media(color_scheme="light")


async def test_the_table_shows_chats_and_keeps_column_choices(
    page: Page, owner: Owner, browser_engine: AsyncEngine, screenshots: Path
) -> None:
    typebot_id = await _bot_with_chats(browser_engine, owner)
    table = await _open_results(page, owner, typebot_id)
    await expect(page.get_by_role("heading", name="Lead capture")).to_be_visible()
    sections = page.get_by_role("navigation", name="Results sections")
    await expect(sections.get_by_role("link", name="Submissions")).to_have_attribute(
        "aria-current", "page"
    )
    await expect(sections.get_by_role("link", name="Analytics")).to_have_attribute(
        "href", f"/typebots/{typebot_id}/results/analytics"
    )
    await expect(_rows(table)).to_have_count(3)
    assert await _headers(table) == ["Submitted at", "Name", "Email", "Plan", "Score"]
    await expect(_rows(table).nth(0)).to_contain_text("Chen Wei")
    await expect(_rows(table).nth(2)).to_contain_text("alice@acme.io")
    await expect(_rows(table).nth(2)).to_contain_text("Pro")
    await _shoot(page, screenshots, "table")

    # Keyboard only: open the columns popover, hide Email, move Plan before Email.
    await page.get_by_role("button", name="Columns").focus()
    await page.keyboard.press("Enter")
    popover = page.get_by_role("dialog", name="Columns")
    await expect(popover).to_be_visible()
    async with page.expect_response(lambda r: r.request.method == "PATCH") as hidden:
        await popover.get_by_role("checkbox", name="Show Email").press("Space")
    assert (await hidden.value).ok
    async with page.expect_response(lambda r: r.request.method == "PATCH") as moved:
        await popover.get_by_role("button", name="Move Plan up").focus()
        await page.keyboard.press("Enter")
    assert (await moved.value).ok
    assert await _headers(table) == ["Submitted at", "Name", "Plan", "Score"]
    await _shoot(page, screenshots, "columns")
    await page.keyboard.press("Escape")
    await expect(popover).to_be_hidden()
    name_header = table.get_by_role("columnheader", name="Name")
    before = (await name_header.bounding_box() or {"width": 0})["width"]
    async with page.expect_response(lambda r: r.request.method == "PATCH") as widened:
        await table.get_by_role("separator", name="Width of Name").press("ArrowRight")
    assert (await widened.value).ok
    after = (await name_header.bounding_box() or {"width": 0})["width"]
    assert after == before + 16

    await page.reload()
    await expect(_rows(table)).to_have_count(3)
    assert await _headers(table) == ["Submitted at", "Name", "Plan", "Score"]
    async with session_factory(browser_engine)() as db:
        stored = await db.get(Typebot, typebot_id)
        assert stored is not None
        prefs = stored.results_table_preferences or {}
    assert prefs["columnsVisibility"] == {"b-email": False}
    assert prefs["columnsOrder"] == ["date", "b-name", "b-plan", "b-email", "vscore"]
    assert prefs["columnsWidth"] == {"b-name": 216}
    assert (await table.get_by_role("columnheader", name="Name").bounding_box() or {})[
        "width"
    ] == after


async def test_filters_drawer_and_deletion(
    page: Page, owner: Owner, browser_engine: AsyncEngine, screenshots: Path
) -> None:
    typebot_id = await _bot_with_chats(browser_engine, owner)
    table = await _open_results(page, owner, typebot_id)
    await expect(_rows(table)).to_have_count(3)

    await page.get_by_label("Show", exact=True).select_option(label="Completed only")
    await expect(_rows(table)).to_have_count(1)
    await expect(_rows(table).first).to_contain_text("Alice Martin")
    await page.get_by_label("Show", exact=True).select_option(label="All results")
    await page.get_by_label("Search answers").fill("BRUNO")
    await expect(_rows(table)).to_have_count(1)
    await expect(_rows(table).first).to_contain_text("bruno@example.org")
    await page.get_by_label("Search answers").fill("")
    await expect(_rows(table)).to_have_count(3)
    today = datetime.now(UTC).astimezone().date()
    await page.get_by_label("To", exact=True).fill(f"{today.year - 1}-01-01")
    await expect(page.get_by_text("No result matches these filters.")).to_be_visible()
    await page.get_by_label("To", exact=True).fill("")
    await expect(_rows(table)).to_have_count(3)

    # The drawer: the transcript of Chen's chat, then his answers.
    await _rows(table).filter(has_text="Chen Wei").get_by_role("button").click()
    drawer = page.get_by_role("dialog", name="Result")
    transcript = drawer.get_by_role("list", name="Transcript")
    await expect(transcript.get_by_role("listitem")).to_have_count(3)
    await expect(transcript.get_by_role("listitem").nth(0)).to_contain_text("What's your name?")
    await expect(transcript.get_by_role("listitem").nth(1)).to_contain_text("Chen Wei")
    await expect(transcript.get_by_role("listitem").nth(2)).to_contain_text(
        "Nice to meet you Chen Wei"
    )
    await _shoot(page, screenshots, "drawer")
    await drawer.get_by_role("tab", name="Answers").click()
    await expect(drawer.get_by_text("Chen Wei")).to_be_visible()
    await drawer.get_by_role("tab", name="Logs").click()
    await expect(drawer.get_by_text("Nothing was logged.")).to_be_visible()
    await page.keyboard.press("Escape")
    await expect(drawer).to_be_hidden()

    # Select every loaded result, then only Chen's, and delete it once confirmed.
    await table.get_by_role("checkbox", name="Select all loaded results").check()
    await expect(page.get_by_role("region", name="3 selected")).to_be_visible()
    await page.get_by_role("button", name="Clear selection").click()
    await expect(
        table.get_by_role("checkbox", name="Select all loaded results")
    ).not_to_be_checked()
    await table.get_by_role("checkbox", name="Select the result of").first.check()
    await page.get_by_role("button", name="Delete selected").click()
    confirm = page.get_by_role("alertdialog", name="Delete 1 result?")
    await expect(confirm).to_be_visible()
    await _shoot(page, screenshots, "delete")
    await confirm.get_by_role("button", name="Delete").click()
    await expect(confirm).to_be_hidden()
    await expect(_rows(table)).to_have_count(2)
    await expect(table.get_by_text("Chen Wei")).to_have_count(0)
    await page.reload()
    await expect(_rows(table)).to_have_count(2)


async def test_csv_export_follows_the_filters(
    page: Page, owner: Owner, browser_engine: AsyncEngine
) -> None:
    typebot_id = await _bot_with_chats(browser_engine, owner)
    table = await _open_results(page, owner, typebot_id)
    await expect(_rows(table)).to_have_count(3)
    await page.get_by_label("Show", exact=True).select_option(label="Unfinished only")
    await expect(_rows(table)).to_have_count(2)

    await page.get_by_role("button", name="Export").click()
    async with page.expect_download() as downloading:
        await page.get_by_role("menuitem", name="CSV (spreadsheet)").click()
    download = await downloading.value
    assert download.suggested_filename.startswith("typebot-lead-")
    saved = await download.path()
    rows = list(csv.reader(io.StringIO(await asyncio.to_thread(saved.read_text, "utf-8"))))
    assert rows[0] == ["Submitted at", "Name", "Email", "Plan", "Score"]
    assert [row[1:] for row in rows[1:]] == [
        ["Chen Wei", "", "", ""],
        ["Bruno Silva", "bruno@example.org", "", ""],
    ]
    await expect(page.get_by_role("status").filter(has_text="Exported 2 results")).to_be_visible()


SEED_RESULTS = """
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < :total - 1)
INSERT INTO result (id, typebot_id, variables, is_completed, has_started, is_archived,
                    created_at, updated_at)
SELECT printf('%s%06d', :prefix, i), :typebot_id,
       json_array(json_object('id', 'vname', 'name', 'Name', 'value', 'Visitor ' || i)),
       i % 5 < 3, i % 10 != 9, 0, stamp, stamp
FROM (SELECT i, strftime('%Y-%m-%d %H:%M:%f', :now, printf('-%d seconds', i * 300)) || '000'
             AS stamp FROM n)
"""
SEED_ANSWERS = """
INSERT INTO answer (result_id, block_id, content, created_at)
SELECT id, :block_id, printf(:content, CAST(substr(id, -6) AS INTEGER)), created_at
FROM result WHERE typebot_id = :typebot_id AND has_started
"""


def _seed(path: str, typebot_id: str, total: int) -> None:
    """``total`` results of the lead bot, one every five minutes back from now (nine in ten
    started, with a name, an email and a plan), generated by SQLite itself: seconds, where
    inserting rows one by one from Python takes a minute on a busy machine."""
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S")
    typebot = {"typebot_id": typebot_id}
    with sqlite3.connect(path) as connection:
        connection.execute(
            SEED_RESULTS, {**typebot, "total": total, "prefix": f"s{new_id()[:8]}", "now": now}
        )
        for block_id, content in SEED_CONTENTS:
            connection.execute(SEED_ANSWERS, {**typebot, "block_id": block_id, "content": content})
        connection.execute("ANALYZE")


SEED_CONTENTS = (
    ("b-name", "Visitor %d"),
    ("b-email", "visitor%d@example.com"),
    ("b-plan", "Plan %d"),
)


async def _seeded_bot(engine: AsyncEngine, owner: Owner, database_url: str) -> str:
    """A draft of the lead bot with ``SEEDED`` results written straight into its database."""
    typebot_id = await owner.import_bot(engine, _lead_bot())
    started = time.perf_counter()
    await asyncio.to_thread(_seed, database_url.split("///", 1)[1], typebot_id, SEEDED)
    print(f"\nseeded {SEEDED:,} results in {time.perf_counter() - started:.1f} s")
    return typebot_id


def _is_page_request(request: Request, typebot_id: str) -> bool:
    return request.url.split("?", 1)[0].endswith(f"/api/v1/typebots/{typebot_id}/results")


async def test_a_hundred_thousand_results_load_page_by_page(
    page: Page,
    owner: Owner,
    browser_engine: AsyncEngine,
    browser_database_url: str,
    screenshots: Path,
) -> None:
    typebot_id = await _seeded_bot(browser_engine, owner, browser_database_url)
    pages: list[str] = []
    page.on("request", lambda r: pages.append(r.url) if _is_page_request(r, typebot_id) else None)
    table = await _open_results(page, owner, typebot_id)
    await expect(_rows(table).first).to_be_visible()

    scroller = page.locator(".results-scroll")
    screens = 20
    started = time.perf_counter()
    for _ in range(screens):
        await scroller.evaluate("el => el.scrollBy(0, el.clientHeight)")
        await page.wait_for_timeout(100)
    await expect(page.get_by_text("Loading more results…")).to_have_count(0)
    scrolled_s = time.perf_counter() - started
    deepest = await _rows(table).last.get_attribute("aria-rowindex")
    rendered = await _rows(table).count()
    loaded = await page.get_by_role("status").filter(has_text="results loaded").inner_text()
    print(
        f"scrolled {screens} screens in {scrolled_s:.1f} s: {len(pages)} pages fetched, "
        f"{rendered} rows in the DOM, last row index {deepest}, footer: {loaded!r}"
    )
    assert 2 <= len(pages) <= 12, pages
    assert rendered <= 60, "rows outside the view are not rendered"
    assert deepest is not None
    assert int(deepest) > 150, "the table scrolled past the first pages"

    clicked = time.perf_counter()
    await _rows(table).nth(rendered // 2).click()
    await expect(page.get_by_role("dialog", name="Result")).to_be_visible()
    print(f"drawer opened {1000 * (time.perf_counter() - clicked):.0f} ms after the click")
    await page.keyboard.press("Escape")

    # An export of every result shows its progress, and stops when cancelled.
    await page.get_by_role("button", name="Export").click()
    await page.get_by_role("menuitem", name="CSV (spreadsheet)").click()
    progress = page.get_by_role("status").filter(has_text="Exporting")
    await expect(progress).to_contain_text(" of 90,000 results")
    await expect(progress).not_to_contain_text("Exporting 0 of")
    await expect(page.get_by_role("progressbar", name="Export progress")).to_be_visible()
    await _shoot(page, screenshots, "export-progress")
    text = await progress.inner_text()
    await page.get_by_role("button", name="Cancel").click()
    await expect(page.get_by_role("status").filter(has_text="Export cancelled.")).to_be_visible()
    print(f"export cancelled at {text!r}")
    assert not text.startswith(f"Exporting {SEEDED:,}"), "cancelled before the end"
