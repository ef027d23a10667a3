"""A visitor uploads files through the chat API and the answer lands in the result."""

import json

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.scenarios.runner import plain_text
from botloom.store.models import Answer, Result
from tests.integration.uploads.bots import attachments_bot, json_files_bot
from tests.integration.uploads.chat import (
    ORIGIN,
    post_form,
    publish,
    put,
    reply,
    start,
    upload,
    upload_url,
)
from tests.integration.uploads.conftest import UploadsServer


async def test_typebots_file_upload_bot_end_to_end(
    http: httpx.AsyncClient, db: AsyncSession, uploads_server: UploadsServer
) -> None:
    started = await start(http, await publish(db, json_files_bot()))
    session_id = started["sessionId"]
    block_id = started["input"]["id"]
    assert started["input"]["type"] == "file input"
    first = json.dumps({"a": 1}).encode()
    second = b'{"b": [2, 3]}'

    target = await upload_url(
        http, session_id, block_id, "first.json", len(first), "application/json"
    )
    assert target.status_code == 200, target.text
    assert target.headers["access-control-allow-origin"] == ORIGIN
    urls = target.json()
    assert urls["fileUrl"].startswith(uploads_server.server.base_url + "/files/")
    assert urls["fileUrl"].endswith("/first.json")
    assert urls["formData"] == {
        "key": urls["fileUrl"].split("/files/")[1],
        "Content-Type": "application/json",
    }
    stored = await post_form(http, urls, first, "application/json")
    assert stored.status_code == 200, stored.text
    assert stored.headers["access-control-allow-origin"] == ORIGIN
    # The same flow with a PUT of the body, after the preflight a browser sends for it.
    second_target = await upload_url(http, session_id, block_id, "second.json", len(second))
    second_url = second_target.json()["fileUrl"]
    preflight = await http.options(
        second_target.json()["presignedUrl"],
        headers={
            "Origin": ORIGIN,
            "Access-Control-Request-Method": "PUT",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert preflight.status_code == 204
    assert "PUT" in preflight.headers["access-control-allow-methods"]
    put_response = await put(http, second_target.json()["presignedUrl"], second)
    assert put_response.status_code == 200, put_response.text
    assert put_response.headers["access-control-allow-origin"] == ORIGIN

    answered = await reply(
        http, session_id, {"type": "text", "text": f"{urls['fileUrl']}, {second_url}"}
    )
    assert [plain_text(m) for m in answered["messages"]] != []
    assert "input" not in answered

    result = await db.get(Result, started["resultId"])
    assert result is not None
    await db.refresh(result)
    joined = f"{urls['fileUrl']}, {second_url}"
    assert {v["name"]: v["value"] for v in result.variables}["Files"] == joined
    answers = (await db.scalars(select(Answer).where(Answer.result_id == result.id))).all()
    assert [(a.block_id, a.content) for a in answers] == [(block_id, joined)]
    for url, content in ((urls["fileUrl"], first), (second_url, second)):
        served = await http.get(url)
        assert served.status_code == 200
        assert served.content == content
        assert served.headers["content-type"] == "application/json"


async def test_a_text_input_with_attachments_takes_files(
    http: httpx.AsyncClient, db: AsyncSession
) -> None:
    started = await start(http, await publish(db, attachments_bot()))
    session_id = started["sessionId"]
    file_url = await upload(
        http, session_id, "b2", "photo.png", b"\x89PNG fake", "image/png", as_form=False
    )

    answered = await reply(
        http, session_id, {"type": "text", "text": "here", "attachedFileUrls": [file_url]}
    )

    assert [plain_text(m) for m in answered["messages"]] == [f"Got here and {file_url}"]
    served = await http.get(file_url)
    assert served.content == b"\x89PNG fake"
    assert served.headers["content-type"] == "image/png"
