"""Uploaded files are served safely: risky types only as downloads, no way out of the folder."""

import asyncio
from urllib.parse import urlsplit

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from tests.integration.uploads.bots import any_file_bot
from tests.integration.uploads.chat import publish, start, upload
from tests.integration.uploads.conftest import UploadsServer

CANARY = b"canary: this must never be served"


async def _uploaded(http: httpx.AsyncClient, db: AsyncSession, name: str, content: bytes) -> str:
    started = await start(http, await publish(db, any_file_bot()))
    return await upload(http, started["sessionId"], "b2", name, content)


@pytest.mark.parametrize(
    ("name", "content_type", "disposition"),
    [
        ("page.html", "text/html; charset=utf-8", 'attachment; filename="page.html"'),
        ("logo.svg", "image/svg+xml", 'attachment; filename="logo.svg"'),
        ("script.js", "text/javascript; charset=utf-8", 'attachment; filename="script.js"'),
        ("blob", "application/octet-stream", 'attachment; filename="blob"'),
        ("photo.png", "image/png", 'inline; filename="photo.png"'),
        ("clip.mp3", "audio/mpeg", 'inline; filename="clip.mp3"'),
    ],
)
async def test_risky_types_are_downloads_and_nothing_is_sniffed(
    http: httpx.AsyncClient, db: AsyncSession, name: str, content_type: str, disposition: str
) -> None:
    body = b"<html><script>alert(document.domain)</script></html>"
    file_url = await _uploaded(http, db, name, body)

    served = await http.get(file_url)

    assert served.status_code == 200
    assert served.content == body
    assert served.headers["content-type"] == content_type
    assert served.headers["content-disposition"] == disposition
    assert served.headers["x-content-type-options"] == "nosniff"
    assert "sandbox" in served.headers["content-security-policy"]
    head = await http.head(file_url)
    assert head.status_code == 200
    assert head.headers["content-length"] == str(len(body))


async def test_untrusted_names_become_safe_names(http: httpx.AsyncClient, db: AsyncSession) -> None:
    file_url = await _uploaded(http, db, '../../Ré sumé "<x>"\r\n.pdf', b"%PDF-1.4")

    assert file_url.endswith("/Re_sume_x_.pdf")
    served = await http.get(file_url)
    assert served.headers["content-type"] == "application/pdf"
    assert served.headers["content-disposition"] == 'attachment; filename="Re_sume_x_.pdf"'


async def _raw_get(base_url: str, target: str) -> tuple[int, bytes]:
    """A GET of ``target`` exactly as written (no client normalises its dots)."""
    address = urlsplit(base_url)
    reader, writer = await asyncio.open_connection(address.hostname, address.port)
    writer.write(f"GET {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
    await writer.drain()
    response = await reader.read()
    writer.close()
    await writer.wait_closed()
    status = int(response.split(b" ", 2)[1])
    return status, response


async def test_no_path_leads_out_of_the_uploads(
    http: httpx.AsyncClient, db: AsyncSession, uploads_server: UploadsServer
) -> None:
    files = uploads_server.data_dir / "files"
    files.mkdir(exist_ok=True)
    for place in (uploads_server.data_dir, files, files / "public"):
        place.mkdir(exist_ok=True)
        (place / "canary.txt").write_bytes(CANARY)
    file_id = (await _uploaded(http, db, "a.txt", b"a")).split("/")[-2]
    targets = [
        "/files/../canary.txt",
        "/files/../../canary.txt",
        "/files/%2e%2e/canary.txt",
        "/files/..%2F..%2Fcanary.txt/x",
        "/files/public/canary.txt",
        f"/files/{file_id}/..%2Fcanary.txt",
        f"/files/{file_id}/..%2F..%2Fcanary.txt",
        f"/files/{file_id}/%2e%2e%2f%2e%2e%2fcanary.txt",
        f"/files/{file_id}/..%5C..%5Ccanary.txt",
        f"/files/{file_id}/..",
        f"/files/{file_id}/.",
        "/files/" + "%2e" * 32 + "/canary.txt",
        f"/files/{file_id}/canary.txt%00.png",
    ]

    for target in targets:
        status, response = await _raw_get(uploads_server.server.base_url, target)
        assert status in {400, 404}, (target, status)
        assert CANARY not in response, target
