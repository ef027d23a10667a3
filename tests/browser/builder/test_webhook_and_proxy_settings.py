"""The webhook block's settings (its URL, an example call, a test call that resumes the
preview) and the HTTP proxy picker of HTTP request blocks, used as a person would."""

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.async_api import Locator, Page, expect
from sqlalchemy.ext.asyncio import AsyncEngine

from botloom.settings import Settings
from tests.browser.builder.actions import choose, open_block
from tests.browser.builder.conftest import Owner, open_editor
from tests.support.bots import bot_document, group, webhook_bot
from tests.support.live_server import LiveServer, start_live_server


@pytest.fixture(scope="module")
def botloom(
    browser_database_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServer]:
    """The app, able to keep credentials (the proxy's)."""
    settings = Settings(
        database_url=browser_database_url,
        data_dir=tmp_path_factory.mktemp("webhook-proxy-data"),
        encryption_secret="webhook-proxy-test-secret-32-chr",
    )
    server = start_live_server(settings)
    yield server
    server.stop()


async def shoot_both(page: Page, panel: Locator, folder: Path, name: str) -> None:
    """Screenshots of a panel in the light theme and the dark one (``name-light.png``, …), in
    a window tall enough to show all of it."""
    size = page.viewport_size
    assert size
    await page.set_viewport_size({"width": size["width"], "height": 1400})
    for scheme in ("light", "dark"):
        await page.emulate_media(color_scheme=scheme)
        await page.wait_for_timeout(100)
        await panel.screenshot(path=str(folder / f"{name}-{scheme}.png"))
    await page.emulate_media(color_scheme="light")
    await page.set_viewport_size(size)


def _waiting_bot() -> dict[str, Any]:
    """The webhook bot (saves ``data.order.id`` into Order), its group beside the start."""
    document = webhook_bot()
    document["groups"][0]["graphCoordinates"] = {"x": 300, "y": 0}
    return document


async def _replace_code(page: Page, editor: Locator, text: str) -> None:
    await editor.click()
    await page.keyboard.press("Control+A")
    await page.keyboard.insert_text(text)


async def test_the_webhook_block_gives_its_url_and_a_test_call_resumes_the_preview(
    page: Page, owner: Owner, browser_engine: AsyncEngine, screenshots: Path
) -> None:
    clipboard = ["clipboard-read", "clipboard-write"]
    await page.context.grant_permissions(clipboard, origin=owner.base_url)
    typebot_id = await owner.import_bot(browser_engine, _waiting_bot())
    await open_editor(page, owner, typebot_id)
    panel = await open_block(page, "wh", "Webhook")

    path = f"/api/v1/typebots/{typebot_id}/blocks/wh/results/{{resultId}}/executeWebhook"
    url = owner.base_url + path
    address = panel.get_by_label("Webhook URL", exact=True)
    await expect(address).to_have_value(url)
    await expect(panel.get_by_text("a Set variable block set to “Result ID”")).to_be_visible()
    example = panel.locator("pre")
    await expect(example).to_contain_text(
        f"/api/v1/typebots/{typebot_id}/blocks/wh/results/$RESULT_ID/executeWebhook"
    )
    # The example body is what the block's mapping reads.
    await expect(example).to_contain_text("""-d '{"order":{"id":"value"}}'""")

    await address.focus()
    await page.keyboard.press("Shift+Tab")
    copy = panel.get_by_role("button", name="Copy the webhook URL")
    await expect(copy).to_be_focused()
    await page.keyboard.press("Enter")
    await expect(panel.get_by_role("button", name="Copied the webhook URL")).to_be_visible()
    assert await page.evaluate("navigator.clipboard.readText()") == url

    # With no preview running, the test call says so; a body that is not JSON is not sent.
    test_call = panel.get_by_role("region", name="Test call")
    body = test_call.get_by_role("textbox", name="Body (JSON)")
    await expect(body).to_contain_text('"id": "value"')
    await _replace_code(page, body, "{oops")
    await test_call.get_by_role("button", name="Send a test call").click()
    await expect(test_call.get_by_role("alert")).to_contain_text("The body is not JSON")
    await _replace_code(page, body, '{"order": {"id": "none"}}')
    await test_call.get_by_role("button", name="Send a test call").click()
    await expect(test_call.get_by_text("No preview chat is waiting on this block.")).to_be_visible()
    await expect(test_call.get_by_role("alert")).to_have_count(0)
    await shoot_both(page, panel, screenshots, "webhook-settings")

    await page.get_by_role("button", name="Preview", exact=True).click()
    preview = page.get_by_role("complementary", name="Preview")
    await expect(preview.get_by_text("Waiting for your payment")).to_be_visible()
    await preview.get_by_text("Test the webhook", exact=True).click()
    preview_body = preview.get_by_role("textbox", name="Body (JSON)")
    await _replace_code(page, preview_body, '{"order": {"id": "T-7"}}')
    await preview.get_by_role("button", name="Send a test call").click()
    await expect(preview.get_by_text("The call resumed 1 preview chat.")).to_be_visible()
    await expect(preview.get_by_text("Order T-7 received")).to_be_visible()
    await shoot_both(page, preview, screenshots, "webhook-preview-test-call")


def _http_request_bot() -> dict[str, Any]:
    """An HTTP request block, and a Zapier block (the same request fields)."""
    return bot_document(
        "Requests",
        [],
        [
            {
                **group(
                    "g1",
                    "Send",
                    [
                        {
                            "id": "req",
                            "type": "Webhook",
                            "options": {
                                "webhook": {"url": "https://api.botloom.test/x", "method": "GET"}
                            },
                        },
                        {"id": "zap", "type": "Zapier", "options": {"webhook": {}}},
                    ],
                ),
                "graphCoordinates": {"x": 300, "y": 0},
            }
        ],
    )


async def test_an_http_request_block_sends_through_a_proxy_of_the_workspace(
    page: Page, owner: Owner, browser_engine: AsyncEngine, screenshots: Path
) -> None:
    workspace_id = owner.member.workspace.id
    async with httpx.AsyncClient(base_url=owner.base_url, headers=owner.member.headers) as api:
        created = await api.post(
            f"/api/v1/workspaces/{workspace_id}/credentials",
            json={
                "type": "http proxy",
                "name": "Office proxy",
                "data": {"url": "http://proxy.botloom.test:3128"},
            },
        )
        assert created.status_code == 200, created.text
        proxy_id = created.json()["credentials"]["id"]
    typebot_id = await owner.import_bot(browser_engine, _http_request_bot())
    await open_editor(page, owner, typebot_id)

    panel = await open_block(page, "req", "HTTP request")
    proxy = panel.get_by_label("Proxy", exact=True)
    await expect(proxy).to_have_value("")
    await expect(proxy.locator("option")).to_have_text(["No proxy", "Office proxy"])
    add = panel.get_by_role("link", name="Add credentials in the workspace settings")
    await expect(add).to_have_attribute("href", f"/workspaces/{workspace_id}/settings/credentials")
    await choose(panel, "Proxy", "Office proxy")
    await expect(page.get_by_role("status")).to_have_text("Saved")
    await shoot_both(page, panel, screenshots, "http-request-proxy")
    await _saved(
        owner, typebot_id, "req", lambda options: options.get("proxyCredentialsId"), proxy_id
    )

    await choose(panel, "Proxy", "No proxy")
    await _saved(owner, typebot_id, "req", lambda options: options.get("proxyCredentialsId"), None)

    zapier = await open_block(page, "zap", "Zapier")
    await choose(zapier, "Proxy", "Office proxy")
    await _saved(
        owner, typebot_id, "zap", lambda options: options.get("proxyCredentialsId"), proxy_id
    )


async def _saved(
    owner: Owner,
    typebot_id: str,
    block_id: str,
    read: Callable[[dict[str, Any]], object],
    expected: object,
) -> None:
    """Wait until the saved draft's block ``block_id`` has ``read(options) == expected`` (the
    editor saves within a second of a change), read back through the API."""
    value: object = None
    async with httpx.AsyncClient(base_url=owner.base_url, headers=owner.member.headers) as api:
        for _ in range(50):
            document = (await api.get(f"/api/v1/typebots/{typebot_id}")).json()["typebot"]
            blocks = {b["id"]: b for g in document["groups"] for b in g["blocks"]}
            value = read(blocks[block_id].get("options") or {})
            if value == expected:
                return
            await asyncio.sleep(0.2)
    raise AssertionError(f"block {block_id} saved {value!r}, not {expected!r}")
