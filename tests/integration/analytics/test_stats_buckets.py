"""The quarter-hour stats kept by the database agree with counting the results themselves."""

import random
from datetime import timedelta

import httpx
from sqlalchemy import delete, insert, update
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.analytics.queries import stats_from_buckets, stats_from_results
from botloom.domain.analytics.time_filter import TimeWindow
from botloom.store.models import Result
from tests.integration.analytics.chats import (
    BASE,
    publish_survey,
    quarter_hour_windows,
    random_results,
)
from tests.support.chats import chat
from tests.support.factories import make_member


async def _agree(db: AsyncSession, typebot_id: str) -> None:
    for window in quarter_hour_windows():
        expected = await stats_from_results(db=db, typebot_id=typebot_id, window=window)
        kept = await stats_from_buckets(db=db, typebot_id=typebot_id, window=window)
        assert kept == expected, window


async def test_inserts_updates_archives_and_deletes_keep_the_totals_exact(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    bot = await publish_survey(db, member, "buckets")
    other_bot = await publish_survey(db, member, "buckets-other")
    await chat(client, "buckets", "Yes", "Ada")
    await chat(client, "buckets", "No")
    await chat(client, "buckets")
    rng = random.Random(7)
    rows = random_results(rng, (bot, other_bot), 300, days=2, started=0.7)
    await db.execute(insert(Result), rows)
    await db.commit()
    await _agree(db, bot)
    await _agree(db, other_bot)

    ids = [row["id"] for row in rows]
    await db.execute(update(Result).where(Result.id.in_(ids[:40])).values(has_started=True))
    await db.execute(update(Result).where(Result.id.in_(ids[40:80])).values(is_completed=True))
    await db.execute(update(Result).where(Result.id.in_(ids[80:120])).values(is_archived=True))
    await db.execute(update(Result).where(Result.id.in_(ids[0:30])).values(is_archived=False))
    await db.execute(
        update(Result)
        .where(Result.id.in_(ids[120:160]))
        .values(created_at=BASE + timedelta(hours=13, minutes=7))
    )
    await db.execute(update(Result).where(Result.id.in_(ids[160:200])).values(typebot_id=bot))
    # Turns rewrite results without changing what the stats count.
    await db.execute(update(Result).where(Result.id.in_(ids[200:240])).values(variables=[1]))
    await db.execute(delete(Result).where(Result.id.in_(ids[240:280])))
    await db.commit()
    await _agree(db, bot)
    await _agree(db, other_bot)
    total = await stats_from_buckets(db=db, typebot_id=bot, window=TimeWindow())
    assert total.total_views > 100, "the comparison above ran on real data"
