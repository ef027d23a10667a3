"""Botloom's widget draws Typebot's templates as Typebot's embed does (issue 12), and a theme's
custom CSS reaches the class names Typebot's embed exposes.

The comparison pictures (reference, ours, differing pixels) are kept in the folder printed at
the end of the run: look at them.
"""

from pathlib import Path

import pytest
from playwright.async_api import Browser, expect

from tests.browser.bots import greeting_bot
from tests.browser.conftest import Publish
from tests.browser.first_screens import (
    capture,
    compare,
    page_html,
    reference_dir,
    template,
    template_names,
)
from tests.support.compat import compat_dir, compat_params
from tests.support.live_server import LiveServer

pytestmark = pytest.mark.usefixtures("widget_built")


def _params() -> list[object]:
    names = template_names() if compat_dir() else []
    return compat_params([reference_dir() / f"{name}.png" for name in names], lambda p: p.stem)


@pytest.mark.parametrize("reference", _params())
async def test_first_screen_looks_as_on_typebot(
    reference: Path, browser: Browser, botloom: LiveServer, publish: Publish, screenshots: Path
) -> None:
    name = reference.stem
    public_id = await publish(template(name))
    html = page_html(f"{botloom.base_url}/static/web.js", public_id, botloom.base_url)
    drawn = screenshots / f"first-screen-{name}.png"

    await capture(browser, f"{botloom.base_url}/first-screen.html", html, drawn)

    result = compare(name, drawn, reference, screenshots)
    print(result)
    assert result.close_enough, f"{result} (look at the diff picture)"


async def test_custom_css_reaches_typebot_class_names(
    browser: Browser, botloom: LiveServer, publish: Publish
) -> None:
    custom_css = (
        ".typebot-host-bubble { color: rgb(1, 2, 3); }"
        ".typebot-guest-bubble { color: rgb(4, 5, 6); }"
        ".typebot-button { background-color: rgb(7, 8, 9); }"
        ".typebot-input { background-color: rgb(10, 11, 12); }"
        ".typebot-container { background-color: rgb(13, 14, 15); }"
    )
    public_id = await publish(greeting_bot({"customCss": custom_css}))
    context = await browser.new_context()
    try:
        page = await context.new_page()
        await page.goto(f"{botloom.base_url}/{public_id}")
        bot_bubble = page.locator(".typebot-host-bubble").first
        await expect(bot_bubble).to_have_css("color", "rgb(1, 2, 3)")
        await expect(page.locator(".typebot-input")).to_have_css(
            "background-color", "rgb(10, 11, 12)"
        )
        await expect(page.locator(".typebot-container")).to_have_css(
            "background-color", "rgb(13, 14, 15)"
        )
        await page.get_by_label("Type your answer...").fill("Ada")
        await page.get_by_role("button", name="Send").click()
        await expect(page.locator(".typebot-guest-bubble")).to_have_css("color", "rgb(4, 5, 6)")
        await expect(page.get_by_role("button", name="Red")).to_have_css(
            "background-color", "rgb(7, 8, 9)"
        )
    finally:
        await context.close()


async def test_standard_embed_fills_its_box_background_included(
    browser: Browser, botloom: LiveServer, publish: Publish
) -> None:
    public_id = await publish(greeting_bot())
    html = page_html(f"{botloom.base_url}/static/web.js", public_id, botloom.base_url)
    context = await browser.new_context(viewport={"width": 900, "height": 800})
    try:
        await context.route(
            f"{botloom.base_url}/fill.html",
            lambda route: route.fulfill(body=html, content_type="text/html"),
        )
        page = await context.new_page()
        await page.goto(f"{botloom.base_url}/fill.html")
        await expect(page.get_by_text("Hello! What's your name?")).to_be_visible()
        host = await page.locator("typebot-standard").bounding_box()
        root = await page.locator(".typebot-container").bounding_box()
        assert host
        assert root
        assert (root["width"], root["height"]) == (host["width"], host["height"]) == (884, 640)
        await expect(page.locator(".typebot-container")).to_have_css(
            "background-color", "rgb(248, 248, 248)"
        )
    finally:
        await context.close()
