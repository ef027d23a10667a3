"""What one chat session may upload is bounded (files per input visit, bytes in all), and
only from the origins the bot allows, as for its turns."""

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.settings import Settings
from tests.integration.uploads.bots import any_file_bot, one_input_bot
from tests.integration.uploads.chat import ORIGIN, publish, put, reply, start, upload_url
from tests.support.bots import text_block
from tests.support.live_server import LiveServer, start_live_server

FILES_PER_INPUT = 3
SESSION_BYTES = 5000


@pytest.fixture(scope="module")
def budget_server(
    database_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServer]:
    """The app with a small upload budget."""
    settings = Settings(
        database_url=database_url,
        data_dir=tmp_path_factory.mktemp("budget-data"),
        upload_max_bytes=2000,
        upload_max_files_per_input=FILES_PER_INPUT,
        upload_session_max_bytes=SESSION_BYTES,
    )
    server = start_live_server(settings)
    yield server
    server.stop()


@pytest.fixture
async def budget_http(
    budget_server: LiveServer, db: AsyncSession
) -> AsyncIterator[httpx.AsyncClient]:
    """A client of that server (with ``db`` to arrange bots and clean up after)."""
    async with httpx.AsyncClient(base_url=budget_server.base_url, timeout=30) as client:
        yield client


def two_file_inputs_bot() -> dict[str, Any]:
    """Asks for a file (``b2``), then for another (``b4``)."""
    document = one_input_bot({"type": "file input", "options": {"variableId": "vanswer"}})
    document["groups"][1]["blocks"] = [
        text_block("b3", "Another one"),
        {"id": "b4", "type": "file input", "options": {"variableId": "vfiles"}},
    ]
    return document


async def test_a_session_gets_a_bounded_number_of_upload_urls(
    budget_http: httpx.AsyncClient, db: AsyncSession
) -> None:
    started = await start(budget_http, await publish(db, two_file_inputs_bot()))
    session_id = started["sessionId"]
    first = [await upload_url(budget_http, session_id, "b2", f"{i}.txt", 1000) for i in range(3)]
    assert [r.status_code for r in first] == [200] * FILES_PER_INPUT
    uploaded = await put(budget_http, first[0].json()["presignedUrl"], b"x" * 1000)
    assert uploaded.status_code == 200

    one_too_many = await upload_url(budget_http, session_id, "b2", "4.txt", 1)

    assert one_too_many.status_code == 403
    assert one_too_many.json()["message"] == (
        f"Upload limit reached: at most {FILES_PER_INPUT} files for this input."
    )
    # The next input is a new visit; the bytes granted so far still count.
    file_url = first[0].json()["fileUrl"]
    answered = await reply(budget_http, session_id, {"type": "text", "text": file_url})
    assert answered["input"]["id"] == "b4"
    assert (await upload_url(budget_http, session_id, "b4", "a.txt", 1000)).status_code == 200
    over_bytes = await upload_url(budget_http, session_id, "b4", "b.txt", 1001)
    assert over_bytes.status_code == 403
    assert over_bytes.json()["message"] == (
        f"Upload limit reached: this chat may upload at most {SESSION_BYTES} bytes."
    )
    assert (await upload_url(budget_http, session_id, "b4", "c.txt", 1000)).status_code == 200
    # Without a size, a URL is counted at the largest file allowed.
    unsized = await budget_http.post(
        "/api/v3/generate-upload-url",
        json={"sessionId": session_id, "blockId": "b4", "fileName": "d.txt"},
        headers={"Origin": ORIGIN},
    )
    assert unsized.status_code == 403


async def test_concurrent_requests_share_one_budget(
    budget_http: httpx.AsyncClient, db: AsyncSession
) -> None:
    started = await start(budget_http, await publish(db, any_file_bot()))

    responses = await asyncio.gather(
        *(upload_url(budget_http, started["sessionId"], "b2", f"{i}.txt", 10) for i in range(10))
    )

    assert sorted(r.status_code for r in responses) == [200] * FILES_PER_INPUT + [403] * 7
    # The chat itself carries on after the budget's writes to its session.
    granted = next(r.json()["fileUrl"] for r in responses if r.status_code == 200)
    answered = await reply(budget_http, started["sessionId"], {"type": "text", "text": granted})
    assert "input" not in answered


async def test_upload_urls_only_for_the_origins_the_bot_allows(
    budget_http: httpx.AsyncClient, db: AsyncSession
) -> None:
    document = any_file_bot() | {"settings": {"security": {"allowedOrigins": [ORIGIN]}}}
    started = await start(budget_http, await publish(db, document))
    session_id = started["sessionId"]
    body = {"sessionId": session_id, "blockId": "b2", "fileName": "a.txt", "fileSize": 1}

    elsewhere = await budget_http.post(
        "/api/v3/generate-upload-url", json=body, headers={"Origin": "https://evil.example"}
    )
    turn_from_elsewhere = await budget_http.post(
        f"/api/v1/sessions/{session_id}/continueChat",
        json={"message": "hi"},
        headers={"Origin": "https://evil.example"},
    )
    in_iframe = await budget_http.post(
        "/api/v3/generate-upload-url",
        json=body,
        headers={"Origin": "https://viewer.example", "x-typebot-iframe-referrer-origin": ORIGIN},
    )

    assert elsewhere.status_code == turn_from_elsewhere.status_code == 403
    assert elsewhere.json()["message"] == turn_from_elsewhere.json()["message"]
    assert in_iframe.status_code == 200
    assert (await upload_url(budget_http, session_id, "b2", "b.txt", 1)).status_code == 200
