"""The results routes over HTTP, on results written by real chats, on SQLite and PostgreSQL."""

import asyncio
import csv
import io
import json
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.results import actions, export
from botloom.store.models import (
    Answer,
    Log,
    Result,
    SetVariableHistoryItem,
    Typebot,
    VisitedEdge,
)
from tests.integration.results.bots import branching_bot
from tests.support.bots import two_questions_bot
from tests.support.chats import chat
from tests.support.factories import Member, make_member, share_typebot
from tests.support.fixtures import fixture_bot
from tests.support.publishing import publisher

ALL = {"timeFilter": "allTime"}


async def _publish(
    db: AsyncSession, member: Member, document: dict[str, Any], public_id: str
) -> str:
    await publisher(db, member)(document, public_id, None)
    typebot_id = await db.scalar(select(Typebot.id).where(Typebot.public_id == public_id))
    assert typebot_id is not None
    return typebot_id


async def _recorded_chat(
    client: httpx.AsyncClient, public_id: str, *replies: str
) -> tuple[str, list[dict[str, str]]]:
    """Run a chat asking for markdown bubbles; returns its result id and what was said, as a
    transcript: the bot's text and media messages and the visitor's replies, in order."""
    said: list[dict[str, str]] = []

    def heard(body: dict[str, Any]) -> None:
        for message in body["messages"]:
            if message["type"] == "text":
                said.append({"role": "bot", "type": "text", "text": message["content"]["markdown"]})
            elif message["type"] in {"image", "video", "audio"}:
                kind = message["type"]
                said.append({"role": "bot", "type": kind, kind: message["content"]["url"]})

    start = await client.post(
        f"/api/v1/typebots/{public_id}/startChat", json={"textBubbleContentFormat": "markdown"}
    )
    assert start.status_code == 200, start.text
    body = start.json()
    heard(body)
    for reply in replies:
        said.append({"role": "user", "type": "text", "text": reply})
        answered = await client.post(
            f"/api/v1/sessions/{body['sessionId']}/continueChat",
            json={"message": reply, "textBubbleContentFormat": "markdown"},
        )
        assert answered.status_code == 200, answered.text
        heard(answered.json())
    return body["resultId"], said


async def _results(
    client: httpx.AsyncClient, member: Member, typebot_id: str, **params: Any
) -> dict[str, Any]:
    response = await client.get(
        f"/api/v1/typebots/{typebot_id}/results", params=params, headers=member.headers
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def test_chats_show_up_with_answers_variables_and_transcript(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    typebot_id = await _publish(db, member, two_questions_bot(), "two")
    done = await chat(client, "two", "Ada", "London")
    halfway = await chat(client, "two", "Grace")
    await chat(client, "two")  # a view: not started, not listed

    body = await _results(client, member, typebot_id)
    assert [r["id"] for r in body["results"]] == [halfway, done]
    assert body["nextCursor"] is None
    first = body["results"][1]
    assert first["typebotId"] == typebot_id
    assert (first["isCompleted"], first["hasStarted"], first["isArchived"]) == (True, True, False)
    assert [(a["blockId"], a["content"]) for a in first["answers"]] == [
        ("b2", "Ada"),
        ("b4", "London"),
    ]
    assert {v["name"]: v["value"] for v in first["variables"]} == {"Name": "Ada", "City": "London"}
    assert first["createdAt"].endswith("Z")
    assert body["results"][0]["isCompleted"] is False

    one = await client.get(f"/api/v1/typebots/{typebot_id}/results/{done}", headers=member.headers)
    assert one.status_code == 200
    assert one.json()["result"] == first

    transcript = await client.get(
        f"/api/v1/typebots/{typebot_id}/results/{done}/transcript", headers=member.headers
    )
    assert transcript.status_code == 200
    assert transcript.json()["transcript"] == [
        {"role": "bot", "type": "text", "text": "Hello! What's your name?"},
        {"role": "user", "type": "text", "text": "Ada"},
        {"role": "bot", "type": "text", "text": "Nice to meet you Ada. Where do you live?"},
        {"role": "user", "type": "text", "text": "London"},
        {"role": "bot", "type": "text", "text": "Bye Ada from London"},
    ]
    partial = await client.get(
        f"/api/v1/typebots/{typebot_id}/results/{halfway}/transcript", headers=member.headers
    )
    assert [line.get("text") for line in partial.json()["transcript"]] == [
        "Hello! What's your name?",
        "Grace",
        "Nice to meet you Grace. Where do you live?",
    ]

    logs = await client.get(
        f"/api/v1/typebots/{typebot_id}/results/{done}/logs", headers=member.headers
    )
    assert logs.status_code == 200
    assert logs.json() == {"logs": []}


async def test_transcript_follows_the_branches_the_run_took(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    typebot_id = await _publish(db, member, branching_bot(), "branching")
    red_adult = await chat(client, "branching", "Red", "30")
    blue_minor = await chat(client, "branching", "Blue", "12", "ok")

    async def texts(result_id: str) -> list[tuple[str, str]]:
        response = await client.get(
            f"/api/v1/typebots/{typebot_id}/results/{result_id}/transcript",
            headers=member.headers,
        )
        assert response.status_code == 200, response.text
        return [(line["role"], line["text"]) for line in response.json()["transcript"]]

    assert await texts(red_adult) == [
        ("bot", "Hi! Pick a color"),
        ("user", "Red"),
        ("bot", "Red is warm, Red!"),
        ("bot", "How old are you?"),
        ("user", "30"),
        ("bot", "Welcome, adult Red fan"),
    ]
    assert await texts(blue_minor) == [
        ("bot", "Hi! Pick a color"),
        ("user", "Blue"),
        ("bot", "How old are you?"),
        ("user", "12"),
        ("bot", "Too young"),
        ("user", "ok"),
        ("bot", "Noted: ok"),
    ]


@pytest.mark.parametrize(
    ("fixture", "replies", "last"),
    [
        # A loop through a jump and a return, until a condition on a counter holds, then a
        # bubble showing the transcript the bot kept itself.
        ("transcript-loop", ("Good", "Fine", "Great"), 'User: "Great"'),
        ("transcript-loop", ("Good", "Fine"), "How is your day going? Last time you said: Fine"),
        ("age-condition", ("15",), "You get the youth rate."),
        ("age-condition", ("45",), "You get the standard rate."),
        (
            "lead-capture",
            ("Hello!", "Ada", "ada@example.com", "Web app", "A shop for my bakery"),
            "We will write to you at ada@example.com within two days.",
        ),
        # Scores kept by set-variable blocks steer conditions: the history replays them.
        (
            "scoring",
            ("Yes", "Acme", "50", "Developer", "United States"),
            "With 90 points you qualify for a call with our team.",
        ),
        ("scoring", ("No", "Designer", "France"), "Thanks! We will keep you posted (10 points)."),
    ],
)
async def test_transcript_is_what_was_said(
    client: httpx.AsyncClient,
    db: AsyncSession,
    fixture: str,
    replies: tuple[str, ...],
    last: str,
) -> None:
    member = await make_member(db)
    typebot_id = await _publish(db, member, fixture_bot(fixture), "replayed")
    result_id, said = await _recorded_chat(client, "replayed", *replies)
    assert said[-1]["text"].endswith(last), "the chat took the path the bot was written for"
    response = await client.get(
        f"/api/v1/typebots/{typebot_id}/results/{result_id}/transcript", headers=member.headers
    )
    assert response.status_code == 200, response.text
    assert response.json()["transcript"] == said


async def test_pages_never_skip_or_repeat_while_new_results_arrive(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    typebot_id = await _publish(db, member, two_questions_bot(), "two")
    existing = [await chat(client, "two", f"visitor {i}") for i in range(7)]

    seen: list[str] = []
    cursor: str | None = None
    arrived: list[str] = []
    while True:
        params: dict[str, Any] = {"limit": 3, **ALL}
        if cursor:
            params["cursor"] = cursor
        page = await _results(client, member, typebot_id, **params)
        seen += [r["id"] for r in page["results"]]
        cursor = page["nextCursor"]
        if cursor is None:
            break
        # New visitors answer between two page fetches, twice at the same time.
        arrived += await asyncio.gather(chat(client, "two", "late"), chat(client, "two", "later"))
    assert len(seen) == len(set(seen)), "a result was listed twice"
    assert seen == list(reversed(existing))
    fresh = await _results(client, member, typebot_id, limit=500, **ALL)
    assert {r["id"] for r in fresh["results"]} == set(existing) | set(arrived)
    created = [r["createdAt"] for r in fresh["results"]]
    assert created == sorted(created, reverse=True)


async def test_filters(client: httpx.AsyncClient, db: AsyncSession) -> None:
    member = await make_member(db)
    typebot_id = await _publish(db, member, two_questions_bot(), "two")
    ada = await chat(client, "two", "Ada", "London")
    percent = await chat(client, "two", "100% sure_thing")
    plain = await chat(client, "two", "100 percent")
    rome = await chat(client, "two", "Ancient", "Rome")

    async def ids(**params: Any) -> set[str]:
        body = await _results(client, member, typebot_id, **params)
        return {r["id"] for r in body["results"]}

    assert await ids(completed="true") == {ada, rome}
    assert await ids(completed="false") == {percent, plain}
    assert await ids(q="LONDON") == {ada}
    assert await ids(q="0%") == {percent}, "% is literal"
    assert await ids(q="e_t") == {percent}, "_ is literal"
    assert await ids(q="100", completed="false") == {percent, plain}
    created = {
        r["id"]: r["createdAt"] for r in (await _results(client, member, typebot_id))["results"]
    }
    assert await ids(**{"from": created[plain]}) == {plain, rome}
    assert await ids(to=created[plain]) == {ada, percent}
    assert await ids(timeFilter="lastMonth") == set()
    windows = await chat(client, "two", "C:\\Temp\\new")
    assert await ids(q="c:\\temp\\") == {windows}, "a backslash is literal too"
    assert await ids(q="c:temp") == set()


async def test_old_results_are_outside_the_default_week(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    typebot_id = await _publish(db, member, two_questions_bot(), "two")
    recent = await chat(client, "two", "Ada")
    old = await chat(client, "two", "Old")
    old_row = await db.get(Result, old)
    assert old_row is not None
    old_row.created_at = old_row.created_at.replace(year=old_row.created_at.year - 1)
    await db.commit()
    assert [r["id"] for r in (await _results(client, member, typebot_id))["results"]] == [recent]
    everything = await _results(client, member, typebot_id, **ALL)
    assert [r["id"] for r in everything["results"]] == [recent, old]
    a_range = await _results(client, member, typebot_id, **{"from": "2000-01-01"})
    assert [r["id"] for r in a_range["results"]] == [recent, old], "a range replaces the week"


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"limit": 0}, "limit"),
        ({"limit": 501}, "limit"),
        ({"cursor": "not-a-cursor"}, "cursor"),
        ({"timeFilter": "yesterday"}, "timeFilter"),
        ({"timeZone": "Mars/Olympus"}, "timeZone"),
        ({"from": "last tuesday"}, "from"),
        ({"from": "2026-02-01", "to": "2026-01-01"}, "to"),
        ({"completed": "maybe"}, "completed"),
    ],
)
async def test_bad_parameters_are_400_naming_them(
    client: httpx.AsyncClient, db: AsyncSession, params: dict[str, Any], field: str
) -> None:
    member = await make_member(db)
    typebot_id = await _publish(db, member, two_questions_bot(), "two")
    response = await client.get(
        f"/api/v1/typebots/{typebot_id}/results", params=params, headers=member.headers
    )
    assert response.status_code == 400, response.text
    assert field in response.json()["message"]


async def test_rights_another_workspace_gets_404_no_token_401(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    owner = await make_member(db)
    stranger = await make_member(db)
    typebot_id = await _publish(db, owner, two_questions_bot(), "two")
    result_id = await chat(client, "two", "Ada")
    base = f"/api/v1/typebots/{typebot_id}/results"
    routes = [
        ("GET", base),
        ("GET", f"{base}/export"),
        ("GET", f"{base}/{result_id}"),
        ("GET", f"{base}/{result_id}/transcript"),
        ("GET", f"{base}/{result_id}/logs"),
        ("DELETE", base),
    ]
    for method, url in routes:
        denied = await client.request(method, url, headers=stranger.headers)
        assert denied.status_code == 404, (method, url, denied.text)
        anonymous = await client.request(method, url)
        assert anonymous.status_code == 401, (method, url)
    await share_typebot(db, owner, stranger, typebot_id)
    as_guest = await client.get(f"{base}/{result_id}/transcript", headers=stranger.headers)
    assert as_guest.status_code == 200, "guests read results"
    refused = await client.delete(base, headers=stranger.headers)
    assert refused.status_code == 403, "guests do not delete them"
    missing = await client.get(f"{base}/nope", headers=owner.headers)
    assert missing.status_code == 404
    other_bot = await _publish(db, owner, two_questions_bot(), "other")
    crossed = await client.get(
        f"/api/v1/typebots/{other_bot}/results/{result_id}", headers=owner.headers
    )
    assert crossed.status_code == 404, "a result is only reachable through its own bot"
    assert await db.get(Result, result_id) is not None


async def _count(db: AsyncSession, model: Any, result_ids: list[str]) -> int:
    db.expire_all()
    count = await db.scalar(
        select(func.count()).select_from(model).where(model.result_id.in_(result_ids))
    )
    return int(count or 0)


async def test_delete_some_then_all_with_their_rows(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    typebot_id = await _publish(db, member, branching_bot(), "branching")
    first = await chat(client, "branching", "Red", "30")
    second = await chat(client, "branching", "Blue", "12")
    third = await chat(client, "branching", "Red")
    db.add(Log(result_id=first, description="boom"))
    await db.commit()
    for model in (Answer, VisitedEdge, SetVariableHistoryItem, Log):
        assert await _count(db, model, [first]) > 0, model

    base = f"/api/v1/typebots/{typebot_id}/results"
    logs = (await client.get(f"{base}/{first}/logs", headers=member.headers)).json()["logs"]
    assert [(log["resultId"], log["status"], log["description"]) for log in logs] == [
        (first, "error", "boom")
    ]
    assert isinstance(logs[0]["id"], str)
    assert (logs[0]["details"], logs[0]["context"]) == (None, None)
    deleted = await client.request(
        "DELETE", base, json={"resultIds": f"{first}, {second},unknown"}, headers=member.headers
    )
    assert deleted.status_code == 200, deleted.text
    assert deleted.json() == {"message": "success"}
    listed = await _results(client, member, typebot_id, **ALL)
    assert [r["id"] for r in listed["results"]] == [third]
    for model in (Answer, VisitedEdge, SetVariableHistoryItem, Log):
        assert await _count(db, model, [first, second]) == 0, model
    gone = await client.get(f"{base}/{first}", headers=member.headers)
    assert gone.status_code == 404

    for empty in ("", " , "):
        refused = await client.request(
            "DELETE", base, json={"resultIds": empty}, headers=member.headers
        )
        assert refused.status_code == 400
        assert "resultIds" in refused.json()["message"]
    assert [r["id"] for r in (await _results(client, member, typebot_id, **ALL))["results"]] == [
        third
    ]

    everything = await client.delete(base, headers=member.headers)
    assert everything.status_code == 200
    db.expire_all()
    assert await db.scalar(select(func.count()).select_from(Result)) == 0
    assert await _count(db, Answer, [third]) == 0


async def _created_at(client: httpx.AsyncClient, member: Member, typebot_id: str) -> list[str]:
    body = await _results(client, member, typebot_id, **ALL)
    return [r["createdAt"] for r in body["results"]]


async def test_csv_export_has_typebots_columns(client: httpx.AsyncClient, db: AsyncSession) -> None:
    member = await make_member(db)
    typebot_id = await _publish(db, member, branching_bot(), "branching")
    await chat(client, "branching", "Red", "30")
    await chat(client, "branching", "Blue", "12", "=HYPERLINK(1)")
    # The block that asked the note is later deleted from the draft; its answers stay.
    typebot = await db.get(Typebot, typebot_id)
    assert typebot is not None
    content = json.loads(json.dumps(typebot.content))
    minor = next(g for g in content["groups"] if g["id"] == "gMinor")
    minor["blocks"] = [b for b in minor["blocks"] if b["id"] != "b9"]
    typebot.content = content
    await db.commit()

    response = await client.get(
        f"/api/v1/typebots/{typebot_id}/results/export", headers=member.headers
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    assert 'filename="typebot-branching-' in response.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(response.text)))
    assert rows[0] == ["Submitted at", "Color", "Age", "Note", "b9 (deleted block)"]
    by_color = {row[1]: row for row in rows[1:]}
    assert set(by_color) == {"Red", "Blue"}
    assert by_color["Red"][2:] == ["30", "", ""]
    assert by_color["Blue"][2:] == ["12", "'=HYPERLINK(1)", "'=HYPERLINK(1)"]
    assert [row[1] for row in rows[1:]] == ["Blue", "Red"], "newest first"
    assert {row[0] for row in rows[1:]} == set(await _created_at(client, member, typebot_id))

    # A deleted block makes a column only if an exported result answered it.
    red_only = await client.get(
        f"/api/v1/typebots/{typebot_id}/results/export",
        params={"q": "red"},
        headers=member.headers,
    )
    assert next(csv.reader(io.StringIO(red_only.text))) == ["Submitted at", "Color", "Age", "Note"]

    # The bot's table preferences reorder and hide columns.
    patched = await client.patch(
        f"/api/v1/typebots/{typebot_id}",
        json={
            "typebot": {
                "resultsTablePreferences": {
                    "columnsOrder": ["vage", "b5", "date"],
                    "columnsVisibility": {"b9": False},
                    "columnsWidth": {},
                }
            }
        },
        headers=member.headers,
    )
    assert patched.status_code == 200, patched.text
    reordered = await client.get(
        f"/api/v1/typebots/{typebot_id}/results/export",
        params={"q": "red"},
        headers=member.headers,
    )
    rows = list(csv.reader(io.StringIO(reordered.text)))
    assert rows[0] == ["Age", "Submitted at", "Color", "Note"]
    assert [row[:1] + row[2:] for row in rows[1:]] == [["30", "Red", ""]]


async def test_jsonl_export_is_one_result_per_line(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    typebot_id = await _publish(db, member, two_questions_bot(), "two")
    ids = [await chat(client, "two", f"visitor {i}", "Paris") for i in range(3)]
    response = await client.get(
        f"/api/v1/typebots/{typebot_id}/results/export",
        params={"format": "jsonl"},
        headers=member.headers,
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/x-ndjson")
    lines = [json.loads(line) for line in response.text.splitlines()]
    assert [line["id"] for line in lines] == list(reversed(ids))
    assert lines[0]["answers"][1] == {"blockId": "b4", "content": "Paris", "attachedFileUrls": []}
    bad = await client.get(
        f"/api/v1/typebots/{typebot_id}/results/export",
        params={"format": "xml"},
        headers=member.headers,
    )
    assert bad.status_code == 400
    assert "format" in bad.json()["message"]


async def test_exports_and_deletes_go_batch_by_batch(
    client: httpx.AsyncClient, db: AsyncSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tiny batches, so a handful of chats crosses several batch boundaries.
    monkeypatch.setattr(export, "EXPORT_BATCH", 2)
    monkeypatch.setattr(actions, "DELETE_CHUNK", 2)
    member = await make_member(db)
    typebot_id = await _publish(db, member, two_questions_bot(), "two")
    ids = [await chat(client, "two", f"visitor {i}") for i in range(5)]
    base = f"/api/v1/typebots/{typebot_id}/results"

    jsonl = await client.get(f"{base}/export", params={"format": "jsonl"}, headers=member.headers)
    assert [json.loads(line)["id"] for line in jsonl.text.splitlines()] == list(reversed(ids))
    rows = list(
        csv.reader(io.StringIO((await client.get(f"{base}/export", headers=member.headers)).text))
    )
    assert [row[1] for row in rows[1:]] == [f"visitor {i}" for i in reversed(range(5))]

    assert (await client.delete(base, headers=member.headers)).status_code == 200
    db.expire_all()
    assert await db.scalar(select(func.count()).select_from(Result)) == 0
    assert await db.scalar(select(func.count()).select_from(Answer)) == 0


async def test_exports_announce_how_many_results_they_hold(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    typebot_id = await _publish(db, member, two_questions_bot(), "two")
    for i in range(3):
        await chat(client, "two", f"visitor {i}", "Paris")
    await chat(client, "two", "visitor unfinished")
    base = f"/api/v1/typebots/{typebot_id}/results/export"

    for params, expected in (
        ({}, 4),
        ({"format": "jsonl"}, 4),
        ({"q": "visitor 1"}, 1),
        ({"completed": "true", "format": "jsonl"}, 3),
        ({"completed": "false"}, 1),
        ({"from": "2000-01-01", "to": "2000-01-02"}, 0),
    ):
        response = await client.get(base, params=params, headers=member.headers)
        assert response.status_code == 200, response.text
        assert response.headers["x-total-count"] == str(expected), params
        if params.get("format") == "jsonl":
            assert len(response.text.splitlines()) == expected
        else:
            assert len(list(csv.reader(io.StringIO(response.text)))) == expected + 1
