"""The public page ``/{publicId}``: head from the bot's settings, and the pages for bots that
cannot be chatted with. These need chromium but not the widget."""

import gzip
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
import pytest
from playwright.async_api import BrowserContext, Page, expect
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from botloom.domain.auth.actions import get_or_create_user
from botloom.domain.bots.actions import do_unpublish_typebot
from botloom.store.db import session_factory
from botloom.store.models import Typebot, Workspace
from botloom.web import pages
from tests.browser.conftest import Publish
from tests.support.bots import two_questions_bot
from tests.support.live_server import LiveServer

WIDGET_GZIP_LIMIT = 60 * 1024
"""The widget's size budget, also enforced by its build."""
TRICKY_TITLE = 'Ada\'s <b>"bot"</b> & </title><script>alert(1)</script>'


async def _content(page: Page, selector: str) -> str | None:
    return await page.locator(selector).get_attribute("content")


async def test_the_head_comes_from_the_bot_settings(
    page: Page, botloom: LiveServer, publish: Publish
) -> None:
    metadata = {
        "title": TRICKY_TITLE,
        "description": "Answers <everything> & more",
        "imageUrl": "https://cdn.example.com/preview.png?a=1&b=2",
        "favIconUrl": "https://cdn.example.com/icon.png",
    }
    public_id = await publish(two_questions_bot({"metadata": metadata}))

    await page.goto(f"{botloom.base_url}/{public_id}?utm=x")

    await expect(page).to_have_title(TRICKY_TITLE)
    assert await _content(page, 'meta[name="description"]') == metadata["description"]
    assert await _content(page, 'meta[property="og:title"]') == TRICKY_TITLE
    assert await _content(page, 'meta[property="og:description"]') == metadata["description"]
    assert await _content(page, 'meta[property="og:image"]') == metadata["imageUrl"]
    assert await _content(page, 'meta[property="og:url"]') == f"{botloom.base_url}/{public_id}"
    assert await _content(page, 'meta[name="twitter:card"]') == "summary_large_image"
    assert await _content(page, 'meta[name="twitter:title"]') == TRICKY_TITLE
    assert await _content(page, 'meta[name="twitter:image"]') == metadata["imageUrl"]
    assert await page.locator('link[rel="icon"]').get_attribute("href") == metadata["favIconUrl"]
    assert (
        await page.locator("head script, body script:not([src])").evaluate_all(
            "scripts => scripts.filter(s => s.type !== 'application/json').map(s => s.outerHTML)"
        )
        == []
    ), "no inline script, and the title did not inject one"


async def test_without_metadata_the_bot_name_is_the_title(
    page: Page, botloom: LiveServer, publish: Publish
) -> None:
    public_id = await publish({**two_questions_bot(), "name": "Support desk"})

    await page.goto(f"{botloom.base_url}/{public_id}")

    await expect(page).to_have_title("Support desk")
    await expect(page.locator('meta[name="description"]')).to_have_count(0)
    await expect(page.locator('link[rel="icon"]')).to_have_count(0)
    assert await _content(page, 'meta[name="robots"]') == "noindex"


async def test_indexing_allowed_drops_noindex(
    page: Page, botloom: LiveServer, publish: Publish
) -> None:
    public_id = await publish(two_questions_bot({"metadata": {"allowIndexing": True}}))

    await page.goto(f"{botloom.base_url}/{public_id}")

    await expect(page.locator('meta[name="robots"]')).to_have_count(0)


async def test_an_unknown_bot_gets_a_clear_404(page: Page, botloom: LiveServer) -> None:
    response = await page.goto(f"{botloom.base_url}/no-such-bot")

    assert response is not None
    assert response.status == 404
    await expect(page.get_by_role("heading")).to_have_text("Bot not found")
    await expect(page.get_by_text("There is no bot at this address")).to_be_visible()


@asynccontextmanager
async def _published(
    engine: AsyncEngine, public_id: str
) -> AsyncIterator[tuple[AsyncSession, Typebot]]:
    """A session of the browser tests' database, and the bot published at ``public_id``."""
    async with session_factory(engine)() as db:
        typebot = await db.scalar(select(Typebot).where(Typebot.public_id == public_id))
        assert typebot is not None
        yield db, typebot


async def test_an_unpublished_bot_is_not_found(
    page: Page, botloom: LiveServer, publish: Publish, browser_engine: AsyncEngine
) -> None:
    public_id = await publish(two_questions_bot())
    async with _published(browser_engine, public_id) as (db, typebot):
        actor = await get_or_create_user(db=db, email="unpublisher@example.com")
        await do_unpublish_typebot(db=db, actor=actor, typebot=typebot)

    response = await page.goto(f"{botloom.base_url}/{public_id}")

    assert response is not None
    assert response.status == 404
    await expect(page.get_by_role("heading")).to_have_text("Bot not found")


async def test_a_bot_of_a_suspended_workspace_is_refused(
    page: Page, botloom: LiveServer, publish: Publish, browser_engine: AsyncEngine
) -> None:
    public_id = await publish(two_questions_bot())
    async with _published(browser_engine, public_id) as (db, typebot):
        await db.execute(
            update(Workspace).where(Workspace.id == typebot.workspace_id).values(is_suspended=True)
        )
        await db.commit()

    response = await page.goto(f"{botloom.base_url}/{public_id}")

    assert response is not None
    assert response.status == 403
    await expect(page.get_by_role("heading")).to_have_text("This bot is suspended")


async def test_a_closed_bot_says_so_in_its_own_words(
    page: Page, botloom: LiveServer, publish: Publish
) -> None:
    settings = {
        "metadata": {"title": "Spring survey"},
        "general": {"systemMessages": {"botClosed": "The survey ended on <May 1st>"}},
    }
    public_id = await publish(two_questions_bot(settings), closed=True)

    response = await page.goto(f"{botloom.base_url}/{public_id}")

    assert response is not None
    assert response.status == 403
    await expect(page).to_have_title("Spring survey")
    await expect(page.get_by_role("heading")).to_have_text("The survey ended on <May 1st>")
    await expect(page.locator("botloom-standard")).to_have_count(0)


async def test_a_closed_bot_without_a_message_gets_typebots_default(
    page: Page, botloom: LiveServer, publish: Publish
) -> None:
    public_id = await publish(two_questions_bot(), closed=True)

    await page.goto(f"{botloom.base_url}/{public_id}")

    await expect(page.get_by_role("heading")).to_have_text("This bot is now closed")


async def test_without_the_built_widget_the_page_says_so(
    page: Page, botloom: LiveServer, publish: Publish, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pages, "widget_is_built", lambda: False)
    public_id = await publish(two_questions_bot({"metadata": {"title": "Helper"}}))

    response = await page.goto(f"{botloom.base_url}/{public_id}")

    assert response is not None
    assert response.status == 503
    await expect(page).to_have_title("Helper")
    await expect(page.locator("botloom-standard")).to_have_count(0)
    await expect(page.get_by_text("The chat widget has not been built yet")).to_be_visible()


async def test_security_headers_and_no_shadowing(botloom: LiveServer, publish: Publish) -> None:
    public_id = await publish(two_questions_bot())
    async with httpx.AsyncClient(base_url=botloom.base_url) as http:
        bot_page = await http.get(f"/{public_id}")
        missing = await http.get("/no-such-bot")
        openapi = await http.get("/openapi.json")
        start = await http.post(f"/api/v1/typebots/{public_id}/startChat", json={})
        absent_file = await http.get("/static/no-such-file.js")
        escaping = await http.get("/static/..%2f..%2fsettings.py")

    for response in (bot_page, missing):
        assert response.headers["content-type"].startswith("text/html")
        assert response.headers["x-content-type-options"] == "nosniff"
        csp = response.headers["content-security-policy"]
        assert "object-src 'none'" in csp or "default-src 'none'" in csp
        assert "'unsafe-inline'" not in csp.split("script-src")[-1].split(";")[0]
    assert "x-frame-options" not in bot_page.headers, "bots are embedded in iframes"
    assert openapi.json()["info"]["title"] == "Botloom"
    assert start.status_code == 200
    assert start.json()["sessionId"]
    assert absent_file.status_code == 404
    assert escaping.status_code == 404


async def test_the_page_module_is_served(botloom: LiveServer) -> None:
    async with httpx.AsyncClient(base_url=botloom.base_url) as http:
        response = await http.get("/static/page.js")
        revalidated = await http.get(
            "/static/page.js", headers={"If-None-Match": response.headers["etag"]}
        )

    assert response.status_code == 200
    assert "javascript" in response.headers["content-type"]
    assert "initStandard" in response.text
    assert response.headers["access-control-allow-origin"] == "*"
    assert revalidated.status_code == 304


@pytest.mark.usefixtures("widget_built")
async def test_the_widget_is_served_to_any_origin_and_small(botloom: LiveServer) -> None:
    async with httpx.AsyncClient(base_url=botloom.base_url) as http:
        response = await http.get("/static/web.js", headers={"Origin": "https://shop.example"})

    assert response.status_code == 200
    assert "javascript" in response.headers["content-type"]
    assert response.headers["access-control-allow-origin"] == "*"
    gzipped = len(gzip.compress(response.content))
    print(f"web.js: {len(response.content)} bytes, {gzipped} gzipped")
    assert gzipped <= WIDGET_GZIP_LIMIT


async def test_only_the_bots_own_inline_head_code_may_run(
    context: BrowserContext, botloom: LiveServer, publish: Publish
) -> None:
    head_code = '<meta name="verify" content="1">\n<script>window.headCode = "ran";</script>'
    public_id = await publish(two_questions_bot({"metadata": {"customHeadCode": head_code}}))
    page = await context.new_page()
    await page.goto(f"{botloom.base_url}/{public_id}")

    # What the widget does with the head code when a chat starts.
    ran = await page.evaluate(
        """(code) => {
            const script = document.createElement("script");
            script.textContent = code;
            document.head.appendChild(script);
            return window.headCode;
        }""",
        'window.headCode = "ran";',
    )
    refused = await page.evaluate(
        """() => new Promise((resolve) => {
            document.addEventListener(
                "securitypolicyviolation", (e) => resolve(e.effectiveDirective), {once: true}
            );
            const script = document.createElement("script");
            script.textContent = "window.injected = true;";
            document.head.appendChild(script);
        })"""
    )

    assert ran == "ran"
    assert refused == "script-src-elem"
    assert await page.evaluate("window.injected === undefined")
