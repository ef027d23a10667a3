"""Visitors upload files through the widget at ``/{publicId}``: the file input (one file and
several) and files attached to a text reply. The files land on the server and in the result."""

import json
from typing import Any

import httpx
import pytest
from playwright.async_api import FilePayload, Page, expect
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from botloom.store.db import session_factory
from botloom.store.models import Result, Typebot
from tests.browser.chat import Chat
from tests.browser.conftest import OtherSite, Publish
from tests.integration.uploads.bots import any_file_bot, attachments_bot, json_files_bot
from tests.support.live_server import LiveServer

pytestmark = pytest.mark.usefixtures("widget_built")


async def _open(page: Page, botloom: LiveServer, public_id: str) -> Chat:
    await page.goto(f"{botloom.base_url}/{public_id}")
    return Chat(page)


def _json_file(name: str, data: Any) -> FilePayload:
    return {"name": name, "mimeType": "application/json", "buffer": json.dumps(data).encode()}


async def _variables(engine: AsyncEngine, public_id: str) -> dict[str, Any]:
    """The variables of the bot's one result."""
    async with session_factory(engine)() as db:
        result = await db.scalar(
            select(Result)
            .join(Typebot, Typebot.id == Result.typebot_id)
            .where(Typebot.public_id == public_id)
        )
        assert result is not None
        return {v["name"]: v.get("value") for v in result.variables}


async def test_several_files_through_the_file_input(
    page: Page, botloom: LiveServer, publish: Publish, browser_engine: AsyncEngine
) -> None:
    public_id = await publish(json_files_bot())
    chat = await _open(page, botloom, public_id)
    await chat.expect_bot("Please send your JSON exports.")
    files = [_json_file("first.json", {"a": 1}), _json_file("second.json", [2, 3])]
    uploads: list[str] = []
    page.on(
        "request",
        lambda request: (
            uploads.append(request.method) if "/api/v3/uploads/" in request.url else None
        ),
    )

    await chat.root.locator("input[type=file]").set_input_files(files)
    await expect(chat.root.locator(".bl-files li")).to_have_text(["first.json", "second.json"])
    await chat.button("Upload").click()

    await chat.expect_guest("2 files uploaded")
    await chat.expect_bot("Thanks, the exports arrived.")
    assert uploads == ["POST", "POST"], "the widget posts each file as a form"
    urls = (await _variables(browser_engine, public_id))["Files"].split(", ")
    assert [url.rsplit("/", 1)[1] for url in urls] == ["first.json", "second.json"]
    async with httpx.AsyncClient() as http:
        for url, payload in zip(urls, files, strict=True):
            served = await http.get(url)
            assert served.status_code == 200
            assert served.content == payload["buffer"]


async def test_one_file_uploads_as_soon_as_it_is_picked(
    page: Page, botloom: LiveServer, publish: Publish, browser_engine: AsyncEngine
) -> None:
    public_id = await publish(any_file_bot())
    chat = await _open(page, botloom, public_id)
    await chat.expect_bot("Send it")
    picture = {"name": "photo.png", "mimeType": "image/png", "buffer": b"\x89PNG not really"}

    await chat.root.locator("input[type=file]").set_input_files(picture)

    await chat.expect_guest("File uploaded")
    await expect(chat.bot_messages.last).to_contain_text(f"Got {botloom.base_url}/files/")
    url = (await _variables(browser_engine, public_id))["Answer"]
    assert url.endswith("/photo.png")
    await chat.expect_bot(f"Got {url} and")


async def test_a_file_attached_to_a_text_reply(
    page: Page, botloom: LiveServer, publish: Publish, browser_engine: AsyncEngine
) -> None:
    public_id = await publish(attachments_bot())
    chat = await _open(page, botloom, public_id)
    await chat.expect_bot("Send it")
    notes = {"name": "notes.txt", "mimeType": "text/plain", "buffer": b"my notes"}

    await chat.root.locator("input[type=file]").set_input_files(notes)
    await expect(chat.root.get_by_role("list", name="Attached files")).to_have_text("notes.txt")
    await chat.field("Type your answer...").fill("see attached")
    await chat.button("Send").click()

    await chat.expect_guest("see attached\nnotes.txt")
    await expect(chat.bot_messages.last).to_contain_text("Got see attached and http")
    url = (await _variables(browser_engine, public_id))["Files"]
    assert url.endswith("/notes.txt")
    await chat.expect_bot(f"Got see attached and {url}")
    async with httpx.AsyncClient() as http:
        assert (await http.get(url)).content == b"my notes"


async def test_upload_from_a_widget_embedded_on_another_site(
    page: Page, botloom: LiveServer, other_site: OtherSite, publish: Publish
) -> None:
    public_id = await publish(any_file_bot())
    host = other_site.page(
        "upload.html",
        f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Shop</title></head><body>
<botloom-standard style="width: 100%; height: 520px"></botloom-standard>
<script type="module">
import Botloom from "{botloom.base_url}/static/web.js";
Botloom.initStandard({{typebot: "{public_id}", apiHost: "{botloom.base_url}"}});
</script></body></html>""",
    )
    await page.goto(host)
    chat = Chat(page)
    await chat.expect_bot("Send it")

    await chat.root.locator("input[type=file]").set_input_files(
        {"name": "cross.txt", "mimeType": "text/plain", "buffer": b"from another origin"}
    )

    await chat.expect_guest("File uploaded")
    await expect(chat.bot_messages.last).to_contain_text(f"Got {botloom.base_url}/files/")
