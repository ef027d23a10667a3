"""Request bodies past their size or time limit are refused before they are parsed."""

import asyncio
import time
from collections.abc import AsyncIterator
from urllib.parse import urlsplit

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from tests.integration.hardening.conftest import BODY_TIMEOUT_S, IMPORT_MAX_BYTES
from tests.support.bots import two_questions_bot
from tests.support.factories import make_member
from tests.support.live_server import LiveServer

MiB = 1024 * 1024


async def _raw_reply_head(server: LiveServer, content_length: int, sent: bytes) -> bytes:
    """Send a continueChat announcing ``content_length`` bytes but sending only ``sent``, and
    return the head of the answer."""
    url = urlsplit(server.base_url)
    reader, writer = await asyncio.open_connection(url.hostname, url.port)
    writer.write(
        b"POST /api/v1/sessions/abc/continueChat HTTP/1.1\r\nHost: x\r\n"
        b"Content-Type: application/json\r\n"
        + f"Content-Length: {content_length}\r\n\r\n".encode()
        + sent
    )
    await writer.drain()
    try:
        return await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), timeout=10)
    finally:
        writer.close()


async def test_an_announced_oversized_body_gets_413_without_being_read(
    live_app_server: LiveServer,
) -> None:
    head = await _raw_reply_head(live_app_server, 100 * MiB, b"")
    assert head.startswith(b"HTTP/1.1 413")


async def test_a_large_reply_gets_413_naming_the_limit(guarded: httpx.AsyncClient) -> None:
    body = b'{"message": "' + b"a" * (2 * MiB) + b'"}'
    response = await guarded.post(
        "/api/v1/sessions/abc/continueChat",
        content=body,
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 413
    assert "1048576 bytes" in response.json()["message"]


async def test_a_chunked_body_is_counted_as_it_arrives(guarded: httpx.AsyncClient) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        yield b'{"message": "'
        for _ in range(40):
            yield b"a" * 64 * 1024
        yield b'"}'

    response = await guarded.post(
        "/api/v1/sessions/abc/continueChat",
        content=chunks(),
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 413


async def test_bot_documents_may_be_larger_up_to_their_own_limit(
    guarded: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    document = two_questions_bot()
    document["groups"][0]["title"] = "x" * (2 * MiB)
    response = await guarded.post(
        "/api/v1/typebots/import",
        json={"workspaceId": member.workspace.id, "typebot": document},
        headers=member.headers,
    )
    assert response.status_code == 200, response.text[:300]

    document["groups"][0]["title"] = "x" * IMPORT_MAX_BYTES
    too_big = await guarded.post(
        "/api/v1/typebots/import",
        json={"workspaceId": member.workspace.id, "typebot": document},
        headers=member.headers,
    )
    assert too_big.status_code == 413


async def test_a_body_sent_too_slowly_gets_408(live_app_server: LiveServer) -> None:
    started = time.monotonic()
    head = await _raw_reply_head(live_app_server, 100, b"{")
    assert head.startswith(b"HTTP/1.1 408")
    assert time.monotonic() - started < BODY_TIMEOUT_S + 3
