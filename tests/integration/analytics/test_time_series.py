"""The stats as a series of hours, days or months in the caller's time zone, on SQLite and
PostgreSQL, through the real HTTP server."""

import itertools
import random
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.analytics.queries import stats_from_results
from botloom.domain.analytics.schemas import Interval
from botloom.domain.analytics.time_filter import TimeFilter, TimeWindow
from botloom.domain.analytics.time_series import interval_for, periods
from botloom.ids import new_id
from botloom.store.models import Result
from botloom.store.types import utcnow
from tests.integration.analytics.chats import publish_survey
from tests.support.chats import chat
from tests.support.factories import Member, make_member

PARIS = ZoneInfo("Europe/Paris")


def _utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def test_a_day_changing_clocks_has_23_hours() -> None:
    # Paris went to summer time on 2026-03-29 at 02:00 (01:00 UTC).
    hours = periods(_utc(2026, 3, 28, 23), _utc(2026, 3, 29, 22), Interval.HOUR, PARIS)
    assert len(hours) == 23
    assert hours[0] == (_utc(2026, 3, 28, 23), _utc(2026, 3, 29, 0))
    assert hours[-1] == (_utc(2026, 3, 29, 21), _utc(2026, 3, 29, 22))


def test_days_start_at_local_midnight_even_half_an_hour_off_utc() -> None:
    kolkata = ZoneInfo("Asia/Kolkata")
    days = periods(_utc(2026, 5, 1, 12), _utc(2026, 5, 3, 1), Interval.DAY, kolkata)
    assert days == [
        (_utc(2026, 4, 30, 18, 30), _utc(2026, 5, 1, 18, 30)),
        (_utc(2026, 5, 1, 18, 30), _utc(2026, 5, 2, 18, 30)),
        (_utc(2026, 5, 2, 18, 30), _utc(2026, 5, 3, 18, 30)),
    ]


def test_months_cross_the_year_and_long_spans_are_monthly() -> None:
    months = periods(_utc(2025, 11, 20), _utc(2026, 1, 2), Interval.MONTH, ZoneInfo("UTC"))
    assert [start for start, _ in months] == [
        _utc(2025, 11, 1),
        _utc(2025, 12, 1),
        _utc(2026, 1, 1),
    ]
    now = _utc(2026, 6, 1)
    assert interval_for(TimeFilter.TODAY, now - timedelta(hours=3), now) is Interval.HOUR
    assert interval_for(TimeFilter.ALL_TIME, now - timedelta(days=400), now) is Interval.DAY
    assert interval_for(TimeFilter.ALL_TIME, now - timedelta(days=401), now) is Interval.MONTH


async def _series(
    client: httpx.AsyncClient, member: Member, typebot_id: str, **params: str
) -> dict[str, Any]:
    response = await client.get(
        f"/api/v1/typebots/{typebot_id}/analytics/timeSeries",
        params=params,
        headers=member.headers,
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def _stats(
    client: httpx.AsyncClient, member: Member, typebot_id: str, **params: str
) -> dict[str, int]:
    response = await client.get(
        f"/api/v1/typebots/{typebot_id}/analytics/stats", params=params, headers=member.headers
    )
    assert response.status_code == 200, response.text
    stats: dict[str, int] = response.json()["stats"]
    return stats


def _total(points: list[dict[str, Any]]) -> dict[str, int]:
    keys = ("totalViews", "totalStarts", "totalCompleted")
    return {key: sum(point[key] for point in points) for key in keys}


async def _insert_results(
    db: AsyncSession, typebot_id: str, created: list[datetime], rng: random.Random | None = None
) -> None:
    """Results created at ``created``: started, not completed nor archived, unless ``rng``
    draws these at random."""
    await db.execute(
        insert(Result),
        [
            {
                "id": new_id(),
                "typebot_id": typebot_id,
                "variables": [],
                "has_started": rng.random() < 0.7 if rng else True,
                "is_completed": rng.random() < 0.4 if rng else False,
                "is_archived": rng.random() < 0.1 if rng else False,
                "created_at": at,
                "updated_at": at,
            }
            for at in created
        ],
    )
    await db.commit()


@pytest.mark.parametrize(
    "zone", ["UTC", "Europe/Paris", "Asia/Kathmandu", "America/St_Johns", "Pacific/Kiritimati"]
)
async def test_each_day_counts_the_results_of_that_local_day(
    client: httpx.AsyncClient, db: AsyncSession, zone: str
) -> None:
    member = await make_member(db)
    typebot_id = await publish_survey(db, member, f"series-{new_id()}")
    rng = random.Random(zone)
    now = utcnow()
    await _insert_results(
        db,
        typebot_id,
        [now - timedelta(minutes=rng.randrange(0, 40 * 24 * 60)) for _ in range(400)],
        rng,
    )

    body = await _series(client, member, typebot_id, timeFilter="last30Days", timeZone=zone)
    assert body["interval"] == "day"
    points = body["points"]
    assert len(points) == 30
    local = ZoneInfo(zone)
    for point, following in zip(points, [*points[1:], None], strict=True):
        start = datetime.fromisoformat(point["start"])
        assert start.astimezone(local).time() == datetime.min.time(), "a local midnight"
        end = datetime.fromisoformat(following["start"]) if following else None
        counted = await stats_from_results(
            db=db, typebot_id=typebot_id, window=TimeWindow(start=start, end=end)
        )
        assert (point["totalViews"], point["totalStarts"], point["totalCompleted"]) == (
            counted.total_views,
            counted.total_starts,
            counted.total_completed,
        ), point["start"]
    stats = await _stats(client, member, typebot_id, timeFilter="last30Days", timeZone=zone)
    assert _total(points) == stats
    assert stats["totalViews"] > 200, "the comparison ran on real data"


async def test_today_is_hour_by_hour_with_the_chats_in_the_current_hour(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    typebot_id = await publish_survey(db, member, "series-today")
    await chat(client, "series-today", "Yes", "Ada")
    await chat(client, "series-today", "No")
    await chat(client, "series-today")

    body = await _series(client, member, typebot_id, timeFilter="today", timeZone="Asia/Kolkata")
    assert body["interval"] == "hour"
    points = body["points"]
    starts = [datetime.fromisoformat(point["start"]) for point in points]
    assert all(
        later - earlier == timedelta(hours=1) for earlier, later in itertools.pairwise(starts)
    )
    assert starts[0].astimezone(ZoneInfo("Asia/Kolkata")).hour == 0
    assert starts[-1] <= utcnow() < starts[-1] + timedelta(hours=1), "up to the current hour"
    assert _total(points) == {"totalViews": 3, "totalStarts": 2, "totalCompleted": 2}
    assert sum(point["totalViews"] for point in points[-2:]) == 3, "the chats' hour"


async def test_all_time_starts_at_the_first_result_and_goes_by_month_when_long(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    typebot_id = await publish_survey(db, member, "series-all")
    assert await _series(client, member, typebot_id, timeFilter="allTime") == {
        "interval": "day",
        "points": [],
    }
    now = utcnow()
    await _insert_results(db, typebot_id, [now - timedelta(days=20)])
    daily = await _series(client, member, typebot_id, timeFilter="allTime")
    assert daily["interval"] == "day"
    assert len(daily["points"]) == 21
    assert [point["totalViews"] for point in daily["points"]] == [1] + [0] * 20

    await _insert_results(db, typebot_id, [now - timedelta(days=500)] * 3)
    monthly = await _series(client, member, typebot_id, timeFilter="allTime", timeZone="UTC")
    assert monthly["interval"] == "month"
    first = datetime.fromisoformat(monthly["points"][0]["start"])
    created = now - timedelta(days=500)
    assert (first.year, first.month, first.day, first.hour) == (created.year, created.month, 1, 0)
    assert _total(monthly["points"]) == await _stats(
        client, member, typebot_id, timeFilter="allTime"
    )


async def test_last_month_ends_where_this_month_begins(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    typebot_id = await publish_survey(db, member, "series-last-month")
    body = await _series(
        client, member, typebot_id, timeFilter="lastMonth", timeZone="Europe/Paris"
    )
    starts = [datetime.fromisoformat(point["start"]).astimezone(PARIS) for point in body["points"]]
    assert starts[0].day == 1
    assert len(starts) in (28, 29, 30, 31)
    assert {start.month for start in starts} == {starts[0].month}
    assert all(point["totalViews"] == 0 for point in body["points"])
