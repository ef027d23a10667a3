"""A result's uploaded files go with it: deleted through the results API or by the retention
purge, the files are gone from disk and their URLs answer 404; other results' files stay."""

import logging
from datetime import timedelta

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from botloom.domain.results.retention import purge_expired_results
from botloom.settings import Settings
from botloom.store.files.factory import file_storage_from_settings
from botloom.store.files.s3 import S3Config, S3FileStorage
from botloom.store.models import Result
from botloom.store.types import utcnow
from tests.integration.uploads.bots import any_file_bot, attachments_bot
from tests.integration.uploads.chat import reply, start, upload
from tests.integration.uploads.conftest import SECRET, UploadsServer
from tests.integration.uploads.owned import file_path, publish_owned
from tests.support.factories import make_member
from tests.support.postgres import free_port


async def _answered_with_file(http: httpx.AsyncClient, bot: str, name: str) -> tuple[str, str]:
    """A chat of the file input bot answered with one uploaded file: result id, file URL."""
    started = await start(http, bot)
    url = await upload(http, started["sessionId"], "b2", name, b"content of " + name.encode())
    await reply(http, started["sessionId"], {"type": "text", "text": url})
    return started["resultId"], url


async def test_deleting_results_deletes_their_files(
    http: httpx.AsyncClient, db: AsyncSession, uploads_server: UploadsServer
) -> None:
    member = await make_member(db)
    file_bot = await publish_owned(db, member, any_file_bot())
    text_bot = await publish_owned(db, member, attachments_bot())
    deleted_result, deleted_url = await _answered_with_file(http, file_bot, "gone.txt")
    kept_result, kept_url = await _answered_with_file(http, file_bot, "kept.txt")
    # A text answer with an attachment, whose text names the kept result's file: only the
    # file uploaded for this result is its own.
    chat = await start(http, text_bot)
    attached = await upload(http, chat["sessionId"], "b2", "photo.png", b"png", "image/png")
    await reply(
        http,
        chat["sessionId"],
        {"type": "text", "text": f"see {kept_url}", "attachedFileUrls": [attached]},
    )
    for url in (deleted_url, kept_url, attached):
        assert (await http.get(url)).status_code == 200

    for bot, result_id in ((file_bot, deleted_result), (text_bot, chat["resultId"])):
        response = await http.delete(
            f"/api/v1/typebots/{bot}/results",
            params={"resultIds": result_id},
            headers=member.headers,
        )
        assert response.status_code == 200, response.text

    for url in (deleted_url, attached):
        assert (await http.get(url)).status_code == 404
        path = file_path(uploads_server.data_dir, url)
        assert not path.exists()
        assert not path.parent.exists(), "the file's own folder goes too"
    assert (await http.get(kept_url)).content == b"content of kept.txt"
    listed = await http.get(f"/api/v1/typebots/{file_bot}/results", headers=member.headers)
    assert [r["id"] for r in listed.json()["results"]] == [kept_result]


async def test_deleting_all_results_of_a_bot_deletes_their_files(
    http: httpx.AsyncClient, db: AsyncSession, uploads_server: UploadsServer
) -> None:
    member = await make_member(db)
    bot = await publish_owned(db, member, any_file_bot())
    urls = [(await _answered_with_file(http, bot, f"f{i}.txt"))[1] for i in range(3)]

    response = await http.delete(f"/api/v1/typebots/{bot}/results", headers=member.headers)

    assert response.status_code == 200, response.text
    for url in urls:
        assert (await http.get(url)).status_code == 404
        assert not file_path(uploads_server.data_dir, url).exists()


async def test_the_retention_purge_deletes_the_files_of_expired_results(
    http: httpx.AsyncClient,
    db: AsyncSession,
    engine: AsyncEngine,
    uploads_server: UploadsServer,
    database_url: str,
) -> None:
    member = await make_member(db)
    other = await make_member(db)
    bot = await publish_owned(db, member, any_file_bot())
    unlimited_bot = await publish_owned(db, other, any_file_bot())
    _, expired_url = await _answered_with_file(http, bot, "old.txt")
    _, kept_url = await _answered_with_file(http, unlimited_bot, "forever.txt")
    patched = await http.patch(
        f"/api/v1/workspaces/{member.workspace.id}",
        json={"settings": {"resultsRetentionDays": 30}},
        headers=member.headers,
    )
    assert patched.status_code == 200, patched.text
    # The server's own storage, as `botloom results purge` builds it from the settings.
    files = file_storage_from_settings(
        Settings(
            database_url=database_url,
            data_dir=uploads_server.data_dir,
            upload_signing_secret=SECRET,
        )
    )

    report = await purge_expired_results(
        engine=engine, files=files, now=utcnow() + timedelta(days=31)
    )

    assert report.deleted == {member.workspace.id: 1}
    assert (await http.get(expired_url)).status_code == 404
    assert not file_path(uploads_server.data_dir, expired_url).exists()
    assert (await http.get(kept_url)).content == b"content of forever.txt"


async def test_a_file_that_cannot_be_deleted_does_not_stop_the_purge(
    http: httpx.AsyncClient,
    db: AsyncSession,
    engine: AsyncEngine,
    caplog: pytest.LogCaptureFixture,
) -> None:
    member = await make_member(db)
    bot = await publish_owned(db, member, any_file_bot())
    result_id, url = await _answered_with_file(http, bot, "stuck.txt")
    await http.patch(
        f"/api/v1/workspaces/{member.workspace.id}",
        json={"settings": {"resultsRetentionDays": 1}},
        headers=member.headers,
    )
    # A bucket whose server is down: nothing listens on the port.
    unreachable = S3FileStorage(
        S3Config(
            endpoint=f"http://127.0.0.1:{free_port()}",
            bucket="b",
            region="us-east-1",
            access_key="k",
            secret_key="s",
        ),
        ttl_seconds=60,
    )

    with caplog.at_level(logging.ERROR):
        report = await purge_expired_results(
            engine=engine, files=unreachable, now=utcnow() + timedelta(days=2)
        )

    assert report.deleted == {member.workspace.id: 1}
    assert await db.get(Result, result_id) is None
    key = url.split("/files/", 1)[1]
    assert f"Could not delete the uploaded file {key}" in caplog.text
