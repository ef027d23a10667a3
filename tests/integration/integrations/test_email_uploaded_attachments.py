"""The send email block attaches files visitors uploaded to this server: read from the server's
own file storage (local disk or an S3 bucket), never fetched over HTTP, with the server's
default settings (its loopback address is not on the bots' allow-list)."""

import os
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.store.files.base import FileKey
from botloom.store.files.s3 import S3Config, S3FileStorage
from tests.integration.integrations.chat import Chat, publish, texts
from tests.integration.integrations.conftest import DEFAULT_FROM, Inbox
from tests.integration.uploads.chat import post_form, upload, upload_url
from tests.integration.uploads.seaweed import (
    ACCESS_KEY,
    BUCKET,
    SECRET_KEY,
    SeaweedServer,
    running_seaweed,
)
from tests.support.bots import text_block, two_group_bot
from tests.support.factories import make_member
from tests.support.live_apps import client_of, live_app
from tests.support.live_server import LiveServer

PROXY_BASE = "http://files.botloom.invalid/bots"
"""The public URL of the server behind a proxy: a name that never resolves, so a file under
it can only be read from the storage."""

PDF = b"%PDF-1.4 the visitor's invoice"
PNG = b"\x89PNG\r\n\x1a\n the visitor's photo"


def _smtp(inbox: Inbox) -> dict[str, Any]:
    return {"smtp_host": "127.0.0.1", "smtp_port": inbox.port, "smtp_from": DEFAULT_FROM}


@pytest.fixture(scope="module")
def own_server(
    database_url: str, default_inbox_server: Inbox, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServer]:
    """The app with its default settings, but for the SMTP relay."""
    with live_app(database_url, tmp_path_factory, **_smtp(default_inbox_server)) as server:
        yield server


@pytest.fixture(scope="module")
def proxied_server(
    database_url: str, default_inbox_server: Inbox, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServer]:
    """The app whose files base URL is ``PROXY_BASE`` (as behind a reverse proxy)."""
    with live_app(
        database_url,
        tmp_path_factory,
        files_base_url=PROXY_BASE,
        **_smtp(default_inbox_server),
    ) as server:
        yield server


@pytest.fixture
async def api(own_server: LiveServer, db: AsyncSession) -> AsyncIterator[httpx.AsyncClient]:
    """A client of the default server (with ``db`` to arrange bots and clean up after)."""
    async with client_of(own_server.base_url) as http:
        yield http


def _files_by_email_bot() -> dict[str, Any]:
    """Asks for files (into ``Files``), emails them as attachments, says done, then loops."""
    file_input = {
        "id": "b2",
        "type": "file input",
        "options": {"variableId": "vfiles", "isMultipleAllowed": True},
        "outgoingEdgeId": "e1",
    }
    email = {
        "id": "b3",
        "type": "Email",
        "options": {
            "recipients": ["to@example.com"],
            "subject": "Your files",
            "body": "Attached",
            "isCustomBody": True,
            "attachmentsVariableId": "vfiles",
        },
    }
    return two_group_bot(
        "Files by email",
        [{"id": "vfiles", "name": "Files"}],
        first=("Ask", [text_block("b1", "Your files?"), file_input]),
        second=("Send", [email, text_block("b4", "Done")]),
    )


async def _chat(http: httpx.AsyncClient, db: AsyncSession) -> Chat:
    public_id = f"mail-files-{os.urandom(4).hex()}"
    await publish(db, await make_member(db), _files_by_email_bot(), public_id)
    chat = Chat(http, public_id)
    await chat.start()
    return chat


def _attached(inbox: Inbox) -> list[tuple[str | None, str, bytes]]:
    [mail] = inbox.received
    return [
        (part.get_filename(), part.get_content_type(), part.get_content())
        for part in mail.message.iter_attachments()
    ]


async def _refused(chat: Chat, db: AsyncSession, url: str) -> str:
    """Answer ``url``: the chat goes on, the email is not sent; the log's details."""
    assert texts(await chat.say(url)) == ["Done"]
    [(status, description, details)] = await chat.logs(db)
    assert (status, description) == ("error", "Email not sent")
    assert details is not None
    return details


async def test_files_the_visitor_uploaded_are_attached(
    api: httpx.AsyncClient, db: AsyncSession, default_inbox: Inbox, own_server: LiveServer
) -> None:
    chat = await _chat(api, db)
    urls = [
        await upload(api, chat.session_id, "b2", "Invoice (May).pdf", PDF, "application/pdf"),
        await upload(api, chat.session_id, "b2", "photo.png", PNG, "image/png", as_form=False),
    ]
    # The files are on this server's loopback address, which bots may not fetch.
    assert all(url.startswith(f"{own_server.base_url}/files/") for url in urls)

    assert texts(await chat.say(", ".join(urls))) == ["Done"]

    assert _attached(default_inbox) == [
        ("Invoice_May_.pdf", "application/pdf", PDF),
        ("photo.png", "image/png", PNG),
    ]
    assert await chat.logs(db) == [("success", "Email successfully sent", None)]


async def test_a_missing_file_or_a_path_out_of_the_files_is_refused(
    api: httpx.AsyncClient, db: AsyncSession, default_inbox: Inbox, own_server: LiveServer
) -> None:
    chat = await _chat(api, db)
    real = await upload(api, chat.session_id, "b2", "notes.txt", b"notes", "text/plain")
    key = real.removeprefix(f"{own_server.base_url}/files/")
    missing = f"{own_server.base_url}/files/{FileKey.new('gone.pdf').path}"
    escapes = [
        f"{own_server.base_url}/files/{key}/../../../upload-signing.key",
        f"{own_server.base_url}/files/x/../{key}",
        f"{own_server.base_url}/files/{key.replace('/', '/..%2F')}",
    ]
    for url in [missing, *escapes]:
        chat = Chat(api, chat.public_id)
        await chat.start()
        # Not a file of ours: left to the HTTP client, whose guard refuses loopback.
        assert "address not allowed" in await _refused(chat, db, url)
    assert default_inbox.received == []


async def test_behind_a_proxy_files_under_the_public_url_come_from_the_storage(
    proxied_server: LiveServer, db: AsyncSession, default_inbox: Inbox
) -> None:
    async with client_of(proxied_server.base_url) as http:
        chat = await _chat(http, db)
        # Uploading as the proxy would pass it on: its path on this server.
        target = await http.post(
            "/api/v3/generate-upload-url",
            json={
                "sessionId": chat.session_id,
                "blockId": "b2",
                "fileName": "invoice.pdf",
                "fileType": "application/pdf",
                "fileSize": len(PDF),
            },
        )
        assert target.status_code == 200, target.text
        file_url, upload_url = target.json()["fileUrl"], target.json()["presignedUrl"]
        assert file_url.startswith(f"{PROXY_BASE}/files/")
        stored = await http.put(
            upload_url.removeprefix(PROXY_BASE),
            content=PDF,
            headers={"Content-Type": "application/pdf"},
        )
        assert stored.status_code == 200, stored.text

        assert texts(await chat.say(file_url)) == ["Done"]
        assert _attached(default_inbox) == [("invoice.pdf", "application/pdf", PDF)]
        default_inbox.received.clear()

        refused = {
            f"{PROXY_BASE}/files/{FileKey.new('gone.pdf').path}": "no such file on this server",
            f"{PROXY_BASE}/files/../../upload-signing.key": "not the URL of an uploaded file",
            f"{file_url}/..": "not the URL of an uploaded file",
        }
        for url, reason in refused.items():
            chat = Chat(http, chat.public_id)
            await chat.start()
            assert reason in await _refused(chat, db, url)
    assert default_inbox.received == []


@pytest.fixture(scope="module")
def seaweed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SeaweedServer]:
    """SeaweedFS."""
    yield from running_seaweed(tmp_path_factory.mktemp("seaweed"))


@pytest.fixture(scope="module")
def s3_server(
    database_url: str,
    default_inbox_server: Inbox,
    seaweed: SeaweedServer,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[LiveServer]:
    """The app keeping uploads in the bucket (on loopback too)."""
    with live_app(
        database_url,
        tmp_path_factory,
        s3_bucket=BUCKET,
        s3_endpoint=seaweed.endpoint,
        s3_access_key=ACCESS_KEY,
        s3_secret_key=SECRET_KEY,
        **_smtp(default_inbox_server),
    ) as server:
        yield server


async def test_files_in_the_s3_bucket_are_read_from_it(
    s3_server: LiveServer, seaweed: SeaweedServer, db: AsyncSession, default_inbox: Inbox
) -> None:
    async with client_of(s3_server.base_url) as http:
        chat = await _chat(http, db)
        target = await upload_url(
            http, chat.session_id, "b2", "invoice.pdf", len(PDF), "application/pdf"
        )
        assert target.status_code == 200, target.text
        async with httpx.AsyncClient(timeout=30) as browser:
            stored = await post_form(browser, target.json(), PDF, "application/pdf")
        assert stored.status_code == 204, stored.text
        file_url = target.json()["fileUrl"]
        assert file_url.startswith(f"{seaweed.endpoint}/{BUCKET}/public/")

        assert texts(await chat.say(file_url)) == ["Done"]
        assert _attached(default_inbox) == [("invoice.pdf", "application/pdf", PDF)]
        default_inbox.received.clear()

        chat = Chat(http, chat.public_id)
        await chat.start()
        missing = f"{seaweed.endpoint}/{BUCKET}/public/{FileKey.new('gone.pdf').path}"
        assert "no such file on this server" in await _refused(chat, db, missing)
    assert default_inbox.received == []


async def test_the_bucket_is_read_with_the_storages_signature(seaweed: SeaweedServer) -> None:
    def storage(secret_key: str) -> S3FileStorage:
        config = S3Config(
            endpoint=seaweed.endpoint,
            bucket=BUCKET,
            region="us-east-1",
            access_key=ACCESS_KEY,
            secret_key=secret_key,
        )
        return S3FileStorage(config, ttl_seconds=60)

    key = FileKey.new("signed.txt")
    async with httpx.AsyncClient() as client:
        target = storage(SECRET_KEY).upload_target(
            key=key, content_type="text/plain", max_bytes=100, base_url=""
        )
        form = {"file": ("blob", b"signed", "text/plain")}
        stored = await client.post(target.presigned_url, data=target.form_data, files=form)
        assert stored.status_code == 204, stored.text

    assert await storage(SECRET_KEY).read(key, 100) == b"signed"
    with pytest.raises(httpx.HTTPStatusError):
        await storage("not-the-secret-key").read(key, 100)
