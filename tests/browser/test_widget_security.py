"""The widget on a customer's page keeps hostile URLs and messages out.

A crafted link to a page that embeds a bot can prefill variables from its query string; a
``javascript:`` URL hidden from a naive check (a tab inside it, a leading control character) must
not reach an iframe, a link, a media element or a redirect.
"""

from typing import Any

import pytest
from playwright.async_api import Dialog, Page, expect

from tests.browser.chat import Chat
from tests.browser.conftest import OtherSite, Publish
from tests.support.bots import bot_document, group, text_block
from tests.support.live_server import LiveServer

pytestmark = pytest.mark.usefixtures("widget_built")

PIXEL = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8"
    "z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
PAYLOAD = "script:window.top.__pwned=1;alert(document.domain)"


def _host_page(botloom: LiveServer, public_id: str) -> str:
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Shop</title></head>
<body>
<botloom-standard style="width: 100%; height: 600px"></botloom-standard>
<script type="module">
import Botloom from "{botloom.base_url}/static/web.js";
Botloom.initStandard({{typebot: "{public_id}", apiHost: "{botloom.base_url}"}});
</script>
</body></html>
"""


def _url_sinks_bot() -> dict[str, Any]:
    """Puts the prefilled variable ``Target`` in every place that takes a URL, then redirects."""
    blocks: list[dict[str, Any]] = [
        text_block("t1", "Look at this"),
        {
            "id": "img",
            "type": "image",
            "content": {"url": PIXEL, "clickLink": {"url": "{{Target}}"}},
        },
        {"id": "emb", "type": "embed", "content": {"url": "{{Target}}", "height": 80}},
        {"id": "vid", "type": "video", "content": {"url": "{{Target}}"}},
        {
            "id": "t2",
            "type": "text",
            "content": {
                "richText": [
                    {
                        "type": "p",
                        "children": [
                            {"type": "a", "url": "{{Target}}", "children": [{"text": "a link"}]}
                        ],
                    }
                ]
            },
        },
        {"id": "red", "type": "Redirect", "options": {"url": "{{Target}}"}},
        text_block("t3", "Still here"),
    ]
    return bot_document(
        "URL sinks", [{"id": "vtarget", "name": "Target"}], [group("g1", "All", blocks)]
    )


def _embed_event_bot(frame_url: str) -> dict[str, Any]:
    """An embed that pauses the bot until its page posts ``done``; the data is then echoed."""
    blocks: list[dict[str, Any]] = [
        text_block("t1", "Fill the form"),
        {
            "id": "emb",
            "type": "embed",
            "content": {
                "url": frame_url,
                "height": 120,
                "waitForEvent": {
                    "isEnabled": True,
                    "name": "done",
                    "saveDataInVariableId": "vdata",
                },
            },
        },
        text_block("t2", "Got {{Data}}"),
    ]
    return bot_document(
        "Embed event", [{"id": "vdata", "name": "Data"}], [group("g1", "All", blocks)]
    )


@pytest.mark.parametrize(
    "target",
    [
        f"java%09{PAYLOAD}",
        f"java%0A{PAYLOAD}",
        f"java%0D{PAYLOAD}",
        f"%01java{PAYLOAD}",
        f"%20%09JaVa{PAYLOAD}",
    ],
    ids=["tab", "newline", "carriage-return", "leading-control", "leading-space-mixed-case"],
)
async def test_javascript_url_from_the_query_string_runs_nothing(
    page: Page, botloom: LiveServer, other_site: OtherSite, publish: Publish, target: str
) -> None:
    dialogs: list[str] = []

    async def dismiss(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        await dialog.dismiss()

    page.on("dialog", dismiss)
    public_id = await publish(_url_sinks_bot())
    host = other_site.page(f"sinks-{public_id}.html", _host_page(botloom, public_id))
    await page.goto(f"{host}?Target={target}")

    chat = Chat(page)
    await chat.expect_bot("Look at this")
    await chat.expect_bot("Still here")
    root = page.locator("botloom-standard")
    image = root.locator(".bot-message img").first
    await expect(image).to_be_visible()
    await image.click()
    assert await root.locator(".bot-message a").count() == 0
    embed = root.locator('iframe[title="Embedded content"]')
    assert await embed.get_attribute("src") is None
    assert await root.locator("video").get_attribute("src") is None

    assert page.url == f"{host}?Target={target}"
    assert await page.evaluate("window.__pwned") is None
    assert dialogs == []


async def test_embed_waits_for_its_own_frame_not_for_the_host_page(
    page: Page, botloom: LiveServer, other_site: OtherSite, publish: Publish
) -> None:
    # Another host name for the same server: the embed is cross-origin, like a real form provider.
    frame_url = other_site.page(
        "form.html",
        """<!doctype html><html><body>
<button onclick="parent.postMessage({name: 'done', data: 'from the form'}, '*')">Finish</button>
</body></html>""",
    ).replace("127.0.0.1", "localhost")
    public_id = await publish(_embed_event_bot(frame_url))
    await page.goto(other_site.page(f"form-host-{public_id}.html", _host_page(botloom, public_id)))

    chat = Chat(page)
    await chat.expect_bot("Fill the form")
    embed = page.locator('botloom-standard iframe[title="Embedded content"]')
    assert await embed.get_attribute("sandbox") == (
        "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox "
        "allow-forms allow-presentation"
    )
    assert await embed.get_attribute("referrerpolicy") == "strict-origin-when-cross-origin"

    # Any script on the host page (or another frame) can post a message of the same shape.
    await page.evaluate("window.postMessage({name: 'done', data: 'forged'}, '*')")
    await page.wait_for_timeout(500)
    await expect(chat.root.get_by_text("Got")).to_have_count(0)

    await (
        page.frame_locator('botloom-standard iframe[title="Embedded content"]')
        .get_by_role("button", name="Finish")
        .click()
    )
    await chat.expect_bot("Got from the form")
