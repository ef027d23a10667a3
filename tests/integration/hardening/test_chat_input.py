"""Replies and start requests that used to fail with a 500 or take a worker down: lone
surrogates, U+0000, oversized replies and prefilled variables, and a loop repeating a long
variable. On SQLite and PostgreSQL."""

import time
from typing import Any

import httpx
from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.scenarios.runner import plain_text
from botloom.store.models import Answer, Log, Result
from tests.support.bots import bot_document, group, text_block, two_questions_bot
from tests.support.factories import make_member
from tests.support.publishing import publisher

JSON = {"content-type": "application/json"}


async def _publish(db: AsyncSession, document: dict[str, Any], public_id: str) -> None:
    member = await make_member(db)
    await publisher(db, member)(document, public_id, None)


async def _start(guarded: httpx.AsyncClient, public_id: str) -> dict[str, Any]:
    response = await guarded.post(f"/api/v1/typebots/{public_id}/startChat", json={})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def _texts(body: dict[str, Any]) -> list[str]:
    return [plain_text(m) for m in body["messages"] if m["type"] == "text"]


async def test_lone_surrogates_and_nul_are_mended_not_refused(
    guarded: httpx.AsyncClient, db: AsyncSession
) -> None:
    await _publish(db, two_questions_bot(), "mend")
    session_id = (await _start(guarded, "mend"))["sessionId"]
    name = await guarded.post(
        f"/api/v1/sessions/{session_id}/continueChat",
        content=b'{"message": {"type": "text", "text": "A\\ud800d\\u0000a"}}',
        headers=JSON,
    )
    assert name.status_code == 200, name.text
    assert _texts(name.json()) == ["Nice to meet you A\ufffdda. Where do you live?"]
    paired = await guarded.post(
        f"/api/v1/sessions/{session_id}/continueChat",
        content=b'{"message": "\\ud83d\\ude00 town"}',
        headers=JSON,
    )
    assert paired.status_code == 200, paired.text
    assert _texts(paired.json()) == ["Bye A\ufffdda from \U0001f600 town"]
    answers = (await db.scalars(select(Answer.content).order_by(Answer.id))).all()
    assert answers == ["A\ufffdda", "\U0001f600 town"]


async def test_surrogates_elsewhere_in_chat_requests(
    guarded: httpx.AsyncClient, db: AsyncSession
) -> None:
    await _publish(db, two_questions_bot(), "elsewhere")
    start = await guarded.post(
        "/api/v1/typebots/elsewhere/startChat",
        content=b'{"message": "\\udc00", "prefilledVariables": {"City": "\\ud800"}}',
        headers=JSON,
    )
    assert start.status_code == 200, start.text
    session_id = start.json()["sessionId"]
    audio = await guarded.post(
        f"/api/v1/sessions/{session_id}/continueChat",
        content=b'{"message": {"type": "audio", "url": "https://x.example/\\ud800.mp3"}}',
        headers=JSON,
    )
    assert audio.status_code == 200, audio.text
    logs = await guarded.post(
        f"/api/v2/sessions/{session_id}/clientLogs",
        content=b'{"clientLogs": [{"status": "\\ud800", "description": "a\\u0000\\udfff"}]}',
        headers=JSON,
    )
    assert logs.status_code == 200, logs.text
    stored = (await db.scalars(select(Log))).all()
    assert [(log.status, log.description) for log in stored] == [("\ufffd", "a\ufffd")]


async def test_client_logs_longer_than_stored_are_refused_by_field(
    guarded: httpx.AsyncClient, db: AsyncSession
) -> None:
    await _publish(db, two_questions_bot(), "logs")
    session_id = (await _start(guarded, "logs"))["sessionId"]
    for entry, field in (
        ({"status": "s" * 33, "description": "x"}, "clientLogs[0].status"),
        ({"context": "c" * 201, "description": "x"}, "clientLogs[0].context"),
    ):
        response = await guarded.post(
            f"/api/v2/sessions/{session_id}/clientLogs", json={"clientLogs": [entry]}
        )
        assert response.status_code == 400
        assert response.json()["data"]["problems"][0]["path"] == field


async def test_client_logs_of_a_deleted_result_are_dropped(
    guarded: httpx.AsyncClient, db: AsyncSession
) -> None:
    await _publish(db, two_questions_bot(), "gone")
    start = await _start(guarded, "gone")
    await db.execute(delete(Result).where(Result.id == start["resultId"]))
    await db.commit()
    response = await guarded.post(
        f"/api/v2/sessions/{start['sessionId']}/clientLogs", json={"clientLogs": [{}]}
    )
    assert response.status_code == 200, response.text
    assert (await db.scalars(select(Log))).all() == []


async def test_replies_and_prefilled_variables_are_capped(
    guarded: httpx.AsyncClient, db: AsyncSession
) -> None:
    await _publish(db, two_questions_bot(), "caps")
    too_many = {f"v{i}": "x" for i in range(501)}
    for body, field in (
        ({"prefilledVariables": too_many}, "prefilledVariables"),
        ({"prefilledVariables": {"Name": "x" * 100_001}}, "prefilledVariables"),
        ({"prefilledVariables": {"Name": ["x" * 100_001]}}, "prefilledVariables"),
        ({"message": "x" * 100_001}, "message"),
    ):
        response = await guarded.post("/api/v1/typebots/caps/startChat", json=body)
        assert response.status_code == 400, response.text[:200]
        assert response.json()["data"]["problems"][0]["path"].startswith(field)
    session_id = (await _start(guarded, "caps"))["sessionId"]
    long_reply = await guarded.post(
        f"/api/v1/sessions/{session_id}/continueChat",
        json={"message": {"type": "text", "text": "x" * 100_001}},
    )
    assert long_reply.status_code == 400
    assert long_reply.json()["data"]["problems"][0]["path"] == "message.text"
    fine = await guarded.post(
        f"/api/v1/sessions/{session_id}/continueChat",
        json={"message": {"type": "text", "text": "x" * 100_000}},
    )
    assert fine.status_code == 200


async def test_a_loop_repeating_a_long_variable_sends_a_bounded_turn(
    guarded: httpx.AsyncClient, db: AsyncSession
) -> None:
    loop = group(
        "g1",
        "Loop",
        [
            text_block("b1", "{{Big}}"),
            {"id": "b2", "type": "Jump", "options": {"groupId": "g1"}},
        ],
    )
    await _publish(db, bot_document("Loop", [{"id": "vbig", "name": "Big"}], [loop]), "loop")
    started = time.monotonic()
    response = await guarded.post(
        "/api/v1/typebots/loop/startChat",
        json={"prefilledVariables": {"Big": "x" * 100_000}},
    )
    elapsed = time.monotonic() - started
    assert response.status_code == 200
    assert len(response.content) < 3 * 1024 * 1024
    assert 10 <= len(response.json()["messages"]) <= 30
    assert elapsed < 5
    logs = (await db.scalars(select(Log.description))).all()
    assert any("sent too much in one turn" in text for text in logs)
