"""Analytics of results written by real chats, on SQLite and PostgreSQL."""

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.store.models import Result
from botloom.store.types import utcnow
from tests.integration.analytics.chats import publish_survey
from tests.support.chats import chat
from tests.support.factories import Member, make_member


async def _get(
    client: httpx.AsyncClient, member: Member, typebot_id: str, what: str, **params: str
) -> httpx.Response:
    return await client.get(
        f"/api/v1/typebots/{typebot_id}/analytics/{what}", params=params, headers=member.headers
    )


async def _four_visitors(client: httpx.AsyncClient, public_id: str) -> dict[str, str]:
    return {
        "yes_and_named": await chat(client, public_id, "Yes", "Ada"),
        "no": await chat(client, public_id, "No"),
        "only_looked": await chat(client, public_id),
        "left_at_name": await chat(client, public_id, "Yes"),
    }


async def test_stats_and_in_depth_data_of_real_chats(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    typebot_id = await publish_survey(db, member, "survey")
    await _four_visitors(client, "survey")

    stats = await _get(client, member, typebot_id, "stats")
    assert stats.status_code == 200, stats.text
    assert stats.json() == {"stats": {"totalViews": 4, "totalStarts": 3, "totalCompleted": 2}}

    depth = await _get(client, member, typebot_id, "inDepthData", timeFilter="allTime")
    assert depth.status_code == 200, depth.text
    body = depth.json()
    assert sorted(body["totalAnswers"], key=lambda a: a["blockId"]) == [
        {"blockId": "c1", "total": 3},
        {"blockId": "n1", "total": 1},
    ]
    assert sorted(body["offDefaultPathVisitedEdges"], key=lambda e: e["id"]) == [
        {"id": "e_no", "total": 1, "to": {"groupId": "g3"}},
        {"id": "e_yes", "total": 2, "to": {"groupId": "g2"}},
    ]
    assert body["dropOffs"] == [
        {
            "blockId": "c1",
            "groupId": "g1",
            "totalReached": 4,
            "totalAnswered": 3,
            "totalDropped": 1,
            "dropOffRate": 0.25,
        },
        {
            "blockId": "n1",
            "groupId": "g2",
            "totalReached": 2,
            "totalAnswered": 1,
            "totalDropped": 1,
            "dropOffRate": 0.5,
        },
    ]


async def test_a_dropped_visitor_who_comes_back_is_no_longer_dropped(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    typebot_id = await publish_survey(db, member, "comeback")
    start = (await client.post("/api/v1/typebots/comeback/startChat", json={})).json()
    before = (await _get(client, member, typebot_id, "inDepthData")).json()
    assert before["dropOffs"][0]["totalDropped"] == 1
    reply = await client.post(
        f"/api/v1/sessions/{start['sessionId']}/continueChat",
        json={"message": {"type": "text", "text": "No"}},
    )
    assert reply.status_code == 200
    after = (await _get(client, member, typebot_id, "inDepthData")).json()
    assert after["dropOffs"][0] | {"groupId": "g1"} == {
        "blockId": "c1",
        "groupId": "g1",
        "totalReached": 1,
        "totalAnswered": 1,
        "totalDropped": 0,
        "dropOffRate": 0.0,
    }
    stats = (await _get(client, member, typebot_id, "stats", timeFilter="today")).json()
    assert stats == {"stats": {"totalViews": 1, "totalStarts": 1, "totalCompleted": 1}}


async def _age(db: AsyncSession, result_ids: list[str], created_at: datetime) -> None:
    await db.execute(update(Result).where(Result.id.in_(result_ids)).values(created_at=created_at))
    await db.commit()


async def test_time_filters_count_only_their_period(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    typebot_id = await publish_survey(db, member, "periods")
    visitors = await _four_visitors(client, "periods")
    await _age(db, [visitors["yes_and_named"]], utcnow() - timedelta(days=10))
    await _age(db, [visitors["no"]], utcnow() - timedelta(days=400))

    def views(body: dict[str, Any]) -> int:
        total: int = body["stats"]["totalViews"]
        return total

    counted = {
        time_filter: views((await _get(client, member, typebot_id, "stats", timeFilter=f)).json())
        for time_filter, f in [
            ("today", "today"),
            ("last7Days", "last7Days"),
            ("last30Days", "last30Days"),
            ("allTime", "allTime"),
        ]
    }
    assert counted == {"today": 2, "last7Days": 2, "last30Days": 3, "allTime": 4}
    depth = (await _get(client, member, typebot_id, "inDepthData", timeFilter="today")).json()
    assert depth["totalAnswers"] == [{"blockId": "c1", "total": 1}]
    assert depth["offDefaultPathVisitedEdges"] == [
        {"id": "e_yes", "total": 1, "to": {"groupId": "g2"}}
    ]


async def test_today_starts_at_midnight_in_the_callers_time_zone(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    """A visit half an hour from midnight UTC falls on another day in a zone two hours away."""
    member = await make_member(db)
    typebot_id = await publish_survey(db, member, "zones")
    result_id = await chat(client, "zones", "No")
    now = datetime.now(UTC)
    utc_midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    if now.hour < 22:
        # 23:30 UTC yesterday is already today in UTC+2 ("Etc/GMT-2" in POSIX signs).
        created_at, zone, today_in_utc, today_in_zone = (
            utc_midnight - timedelta(minutes=30),
            "Etc/GMT-2",
            0,
            1,
        )
    else:
        # 00:30 UTC today is still yesterday in UTC-2, where it is now 20:00 or later.
        created_at, zone, today_in_utc, today_in_zone = (
            utc_midnight + timedelta(minutes=30),
            "Etc/GMT+2",
            1,
            0,
        )
    await _age(db, [result_id], created_at)

    in_utc = await _get(client, member, typebot_id, "stats", timeFilter="today", timeZone="UTC")
    in_zone = await _get(client, member, typebot_id, "stats", timeFilter="today", timeZone=zone)
    assert in_utc.json()["stats"]["totalViews"] == today_in_utc
    assert in_zone.json()["stats"]["totalViews"] == today_in_zone
    depth = await _get(client, member, typebot_id, "inDepthData", timeFilter="today", timeZone=zone)
    assert len(depth.json()["totalAnswers"]) == today_in_zone


async def test_another_workspace_gets_404_and_no_token_401(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    owner = await make_member(db)
    stranger = await make_member(db)
    typebot_id = await publish_survey(db, owner, "private")
    await chat(client, "private", "No")
    for what in ("stats", "inDepthData", "timeSeries"):
        foreign = await _get(client, stranger, typebot_id, what)
        assert foreign.status_code == 404
        assert foreign.json()["code"] == "NOT_FOUND"
        missing = await _get(client, owner, "no-such-bot", what)
        assert missing.status_code == 404
        anonymous = await client.get(f"/api/v1/typebots/{typebot_id}/analytics/{what}")
        assert anonymous.status_code == 401


async def test_bad_filters_are_400_naming_the_parameter(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    typebot_id = await publish_survey(db, member, "bad")
    for what in ("stats", "inDepthData", "timeSeries"):
        zone = await _get(client, member, typebot_id, what, timeZone="Mars/Olympus")
        assert zone.status_code == 400
        assert zone.json()["data"]["problems"][0]["path"] == "query.timeZone"
        period = await _get(client, member, typebot_id, what, timeFilter="lastCentury")
        assert period.status_code == 400
        assert period.json()["data"]["problems"][0]["path"] == "query.timeFilter"
