"""Uploads kept in an S3-compatible bucket: the browser posts straight to the store with the
presigned POST generate-upload-url signs, and the store enforces it (a real SeaweedFS)."""

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.settings import Settings
from botloom.store.models import Answer
from tests.integration.uploads.bots import any_file_bot, json_files_bot
from tests.integration.uploads.chat import post_form, publish, reply, start, upload_url
from tests.integration.uploads.owned import publish_owned
from tests.integration.uploads.seaweed import (
    ACCESS_KEY,
    BUCKET,
    SECRET_KEY,
    SeaweedServer,
    running_seaweed,
)
from tests.support.factories import make_member
from tests.support.live_server import LiveServer, start_live_server


@pytest.fixture(scope="session")
def seaweed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SeaweedServer]:
    """SeaweedFS for the session."""
    yield from running_seaweed(tmp_path_factory.mktemp("seaweed"))


@pytest.fixture(scope="session")
def s3_server(
    database_url: str, seaweed: SeaweedServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServer]:
    """The app keeping uploads in the bucket (at most 100 bytes a file)."""
    settings = Settings(
        database_url=database_url,
        data_dir=tmp_path_factory.mktemp("s3-data"),
        upload_max_bytes=100,
        s3_bucket=BUCKET,
        s3_endpoint=seaweed.endpoint,
        s3_access_key=ACCESS_KEY,
        s3_secret_key=SECRET_KEY,
    )
    server = start_live_server(settings)
    yield server
    server.stop()


@pytest.fixture
async def s3_http(s3_server: LiveServer, db: AsyncSession) -> AsyncIterator[httpx.AsyncClient]:
    """A client of that server (with ``db`` to arrange bots and clean up after)."""
    async with httpx.AsyncClient(base_url=s3_server.base_url, timeout=30) as client:
        yield client


async def test_files_go_to_the_bucket_and_answer_the_input(
    s3_http: httpx.AsyncClient, db: AsyncSession, seaweed: SeaweedServer, s3_server: LiveServer
) -> None:
    started = await start(s3_http, await publish(db, json_files_bot()))
    session_id, block_id = started["sessionId"], started["input"]["id"]
    content = b'{"hello": "bucket"}'

    response = await upload_url(s3_http, session_id, block_id, "data.json", len(content))
    assert response.status_code == 200, response.text
    target = response.json()
    assert target["presignedUrl"] == f"{seaweed.endpoint}/{BUCKET}"
    assert target["fileUrl"].startswith(f"{seaweed.endpoint}/{BUCKET}/public/")
    assert target["formData"]["key"] == target["fileUrl"].split(f"/{BUCKET}/", 1)[1]
    async with httpx.AsyncClient(timeout=30) as browser:
        stored = await post_form(browser, target, content, "application/json")
        assert stored.status_code == 204, stored.text
        served = await browser.get(target["fileUrl"])
    assert served.content == content
    assert served.headers["content-type"] == "application/json"
    assert served.headers["content-disposition"] == 'attachment; filename="data.json"'

    answered = await reply(s3_http, session_id, {"type": "text", "text": target["fileUrl"]})
    assert "input" not in answered
    answers = (await db.scalars(select(Answer).where(Answer.block_id == block_id))).all()
    assert [a.content for a in answers] == [target["fileUrl"]]
    key = target["formData"]["key"].removeprefix("public/")
    assert (await s3_http.get(f"/files/{key}")).status_code == 404, "no local copy is served"


async def test_the_bucket_enforces_the_policy(
    s3_http: httpx.AsyncClient, db: AsyncSession, tmp_path: Path
) -> None:
    started = await start(s3_http, await publish(db, any_file_bot()))
    response = await upload_url(s3_http, started["sessionId"], "b2", "page.html", 10)
    target = response.json()
    fields = target["formData"]
    other = (await upload_url(s3_http, started["sessionId"], "b2", "x.txt", 10)).json()

    async with httpx.AsyncClient(timeout=30) as browser:
        too_big = await post_form(browser, target, b"x" * 101, "text/html")
        other_key = await post_form(
            browser, target, b"<b>", "text/html", fields=fields | {"key": other["formData"]["key"]}
        )
        inline = await post_form(
            browser, target, b"<b>", fields=fields | {"Content-Disposition": "inline"}
        )
        forged = await post_form(
            browser, target, b"<b>", fields=fields | {"x-amz-signature": "0" * 64}
        )
        assert (await browser.get(target["fileUrl"])).status_code == 404
        stored = await post_form(browser, target, b"<b>hi</b>", "text/html")
        served = await browser.get(target["fileUrl"])

    assert too_big.status_code == 400
    assert other_key.status_code == 403
    assert inline.status_code == 403
    assert forged.status_code == 403
    assert stored.status_code == 204
    assert served.headers["content-type"] == "text/html"
    assert served.headers["content-disposition"] == 'attachment; filename="page.html"'


async def test_deleting_a_result_deletes_its_objects_from_the_bucket(
    s3_http: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    bot = await publish_owned(db, member, any_file_bot())
    urls: dict[str, str] = {}
    for name in ("gone", "kept"):
        started = await start(s3_http, bot)
        target = (await upload_url(s3_http, started["sessionId"], "b2", f"{name}.txt", 4)).json()
        async with httpx.AsyncClient(timeout=30) as browser:
            assert (await post_form(browser, target, b"data")).status_code == 204
        await reply(s3_http, started["sessionId"], {"type": "text", "text": target["fileUrl"]})
        urls[name] = target["fileUrl"]
        urls[f"{name}-result"] = started["resultId"]

    response = await s3_http.delete(
        f"/api/v1/typebots/{bot}/results",
        params={"resultIds": urls["gone-result"]},
        headers=member.headers,
    )

    assert response.status_code == 200, response.text
    async with httpx.AsyncClient(timeout=30) as browser:
        assert (await browser.get(urls["gone"])).status_code == 404
        assert (await browser.get(urls["kept"])).content == b"data"
