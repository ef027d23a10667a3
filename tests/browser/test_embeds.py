"""The three embeds on a page of another site, in light and dark, by keyboard too.

Screenshots land in the folder printed at the end of the run (``BOTLOOM_SCREENSHOTS`` to choose
it): look at them.
"""

from pathlib import Path
from typing import Any

import pytest
from playwright.async_api import Browser, Page, Response, expect

from tests.browser.bots import greeting_bot
from tests.browser.chat import Chat
from tests.browser.conftest import OtherSite, Publish
from tests.support.live_server import LiveServer

pytestmark = pytest.mark.usefixtures("widget_built")

DARK_THEME: dict[str, Any] = {
    "general": {"background": {"type": "Color", "content": "#171923"}},
    "chat": {
        "hostBubbles": {"backgroundColor": "#2D3748", "color": "#F7FAFC"},
        "guestBubbles": {"backgroundColor": "#DD6B20", "color": "#FFFFFF"},
        "buttons": {"backgroundColor": "#3182CE", "color": "#FFFFFF"},
        "inputs": {"backgroundColor": "#2D3748", "color": "#F7FAFC", "placeholderColor": "#A0AEC0"},
    },
}
SCHEMES = {"light": ("#ffffff", "#1a202c", None), "dark": ("#0b0d12", "#e2e8f0", DARK_THEME)}
HOST_BUBBLE = {"light": "rgb(255, 255, 255)", "dark": "rgb(45, 55, 72)"}
"""The bot's bubbles: Typebot's default colour for 6.1 bots, or the dark theme's."""

INIT = {
    "standard": "Botloom.initStandard({typebot: %(typebot)s, apiHost: %(api)s});",
    "popup": "Botloom.initPopup({typebot: %(typebot)s, apiHost: %(api)s});",
    "bubble": "Botloom.initBubble({typebot: %(typebot)s, apiHost: %(api)s});",
}


def _host_page(botloom: LiveServer, public_id: str, kind: str, scheme: str) -> str:
    """A shop page that embeds the bot the way the embed snippet does."""
    background, color, _ = SCHEMES[scheme]
    element = (
        '<botloom-standard style="width: 100%; height: 520px"></botloom-standard>'
        if kind == "standard"
        else ""
    )
    init = INIT[kind] % {"typebot": f'"{public_id}"', "api": f'"{botloom.base_url}"'}
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Shop ({kind}, {scheme})</title>
<meta name="color-scheme" content="{scheme}">
<style>body {{ margin: 0; padding: 24px; font-family: sans-serif;
  background: {background}; color: {color}; }}</style></head>
<body>
<h1>The shop</h1>
<p>Our products, and a bot to help you choose.</p>
{element}
<script type="module">
import Botloom from "{botloom.base_url}/static/web.js";
{init}
</script>
</body></html>
"""


async def _converse(chat: Chat, screenshot: Path | None = None) -> None:
    await chat.expect_bot("Hello! What's your name?")
    await chat.send("Type your answer...", "Ada")
    await chat.expect_bot("Pick a colour, Ada")
    await expect(chat.button("Red")).to_be_visible()
    if screenshot:
        await chat.page.screenshot(path=screenshot, animations="disabled")
    await chat.choose("Blue")
    await chat.expect_bot("Blue it is, Ada!")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("kind", ["standard", "popup", "bubble"])
async def test_embed_on_another_site(
    browser: Browser,
    botloom: LiveServer,
    other_site: OtherSite,
    publish: Publish,
    screenshots: Path,
    kind: str,
    scheme: str,
) -> None:
    public_id = await publish(greeting_bot(SCHEMES[scheme][2]))
    url = other_site.page(f"{kind}-{scheme}.html", _host_page(botloom, public_id, kind, scheme))
    context = await browser.new_context(
        viewport={"width": 1024, "height": 768}, color_scheme=scheme
    )
    try:
        page = await context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        await page.goto(url)
        chat = Chat(page)
        if kind == "bubble":
            await page.get_by_role("button", name="Open chat").click()
            await expect(page.get_by_role("button", name="Close chat")).to_be_visible()
        if kind == "popup":
            await page.evaluate("window.Botloom.open()")
            dialog = page.get_by_role("dialog")
            await expect(dialog).to_be_visible()
            chat = Chat(page, dialog)
        await _converse(chat, screenshots / f"{kind}-{scheme}-choices.png")
        await expect(chat.root.get_by_role("log")).to_be_visible()
        await expect(chat.bot_messages.first).to_have_css("background-color", HOST_BUBBLE[scheme])
        await page.screenshot(path=screenshots / f"{kind}-{scheme}.png", animations="disabled")
        if kind == "popup":
            await page.keyboard.press("Escape")
            await expect(page.get_by_role("dialog")).to_be_hidden()
        if kind == "bubble":
            await page.get_by_role("button", name="Close chat").click()
            await expect(page.get_by_role("log")).to_be_hidden()
        assert not errors, errors
    finally:
        await context.close()


async def test_cross_origin_chat_goes_to_api_host_with_cors(
    page: Page, botloom: LiveServer, other_site: OtherSite, publish: Publish
) -> None:
    public_id = await publish(greeting_bot())
    url = other_site.page("cors.html", _host_page(botloom, public_id, "standard", "light"))
    chat_responses: list[Response] = []
    page.on(
        "response",
        lambda response: chat_responses.append(response) if "/api/" in response.url else None,
    )

    await page.goto(url)
    await _converse(Chat(page))

    assert {r.url.split("/api/")[0] for r in chat_responses} == {botloom.base_url}
    assert any(r.url.endswith("/startChat") for r in chat_responses)
    assert any(r.url.endswith("/continueChat") for r in chat_responses)
    for response in chat_responses:
        assert response.ok, response.url
        origin = await response.header_value("access-control-allow-origin")
        assert origin in (other_site.base_url, "*"), response.url


async def _deep_focus(page: Page) -> dict[str, Any]:
    """The focused element, looking inside shadow roots, and how it shows its focus."""
    focused: dict[str, Any] = await page.evaluate(
        """() => {
            let el = document.activeElement;
            while (el && el.shadowRoot && el.shadowRoot.activeElement) {
                el = el.shadowRoot.activeElement;
            }
            const style = el ? getComputedStyle(el) : null;
            return {
                tag: el ? el.tagName : null,
                name: el ? (el.getAttribute("aria-label") || el.textContent.trim()) : null,
                focusVisible: el ? el.matches(":focus-visible") : false,
                outline: style ? style.outlineStyle + " " + style.outlineWidth : "",
                boxShadow: style ? style.boxShadow : "",
            };
        }"""
    )
    return focused


async def _tab_to(page: Page, name: str, presses: int = 20) -> dict[str, Any]:
    """Press Tab until the element named ``name`` has the focus."""
    for _ in range(presses):
        focused = await _deep_focus(page)
        if focused["name"] == name:
            return focused
        await page.keyboard.press("Tab")
    raise AssertionError(f"{name!r} cannot be reached with Tab (last: {focused})")


def _shows_focus(focused: dict[str, Any]) -> bool:
    has_outline = not focused["outline"].startswith("none") and not focused["outline"].endswith(
        " 0px"
    )
    return focused["focusVisible"] and (has_outline or focused["boxShadow"] != "none")


async def test_keyboard_only_conversation(
    page: Page, botloom: LiveServer, publish: Publish, screenshots: Path
) -> None:
    public_id = await publish(greeting_bot())
    await page.goto(f"{botloom.base_url}/{public_id}")
    chat = Chat(page)
    await chat.expect_bot("Hello! What's your name?")
    # The input comes once the bubble has faded in, as in Typebot's embed.
    await expect(chat.field("Type your answer...")).to_be_visible()

    field = await _tab_to(page, "Type your answer...")
    assert field["tag"] == "INPUT"
    await page.keyboard.type("Ada")
    await page.keyboard.press("Enter")
    await chat.expect_guest("Ada")
    await chat.expect_bot("Pick a colour, Ada")
    await expect(chat.button("Blue")).to_be_visible()
    blue = await _tab_to(page, "Blue")
    assert _shows_focus(blue), f"the focused button shows no focus ring: {blue}"
    await page.screenshot(path=screenshots / "keyboard-focus.png", animations="disabled")
    await page.keyboard.press("Enter")
    await chat.expect_guest("Blue")
    await chat.expect_bot("Blue it is, Ada!")


async def test_keyboard_opens_and_closes_the_bubble(
    page: Page, botloom: LiveServer, other_site: OtherSite, publish: Publish
) -> None:
    public_id = await publish(greeting_bot())
    url = other_site.page("bubble-keys.html", _host_page(botloom, public_id, "bubble", "light"))
    await page.goto(url)

    await _tab_to(page, "Open chat")
    await page.keyboard.press("Enter")
    chat = Chat(page)
    await chat.expect_bot("Hello! What's your name?")
    await expect(chat.field("Type your answer...")).to_be_visible()
    await _tab_to(page, "Type your answer...")
    await page.keyboard.type("Ada")
    await page.keyboard.press("Enter")
    await chat.expect_guest("Ada")
    await _tab_to(page, "Close chat")
    await page.keyboard.press("Enter")
    await expect(page.get_by_role("log")).to_be_hidden()


async def test_the_popup_keeps_keyboard_focus_and_escape_closes_it(
    page: Page, botloom: LiveServer, other_site: OtherSite, publish: Publish
) -> None:
    public_id = await publish(greeting_bot())
    url = other_site.page("popup-keys.html", _host_page(botloom, public_id, "popup", "light"))
    await page.goto(url)
    await page.evaluate("window.Botloom.open()")
    dialog = page.get_by_role("dialog")
    chat = Chat(page, dialog)
    await chat.expect_bot("Hello! What's your name?")
    await expect(chat.field("Type your answer...")).to_be_visible()

    await _tab_to(page, "Type your answer...")
    await page.keyboard.type("Ada")
    await page.keyboard.press("Enter")
    await chat.expect_guest("Ada")
    await expect(chat.button("Blue")).to_be_visible()
    for _ in range(8):
        await page.keyboard.press("Tab")
        host = await page.evaluate("document.activeElement && document.activeElement.tagName")
        assert host == "BOTLOOM-POPUP", f"focus left the open popup for {host}"
    await page.keyboard.press("Escape")
    await expect(dialog).to_be_hidden()
