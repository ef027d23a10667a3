"""Where results went (answers, edges, waiting chats), as the database keeps it per quarter-hour,
agrees with counting the answers and edges themselves, through every kind of write."""

import random
from datetime import UTC, datetime, timedelta

import httpx
from sqlalchemy import delete, insert, update
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.analytics.queries import (
    get_path_counts,
    path_counts_from_buckets,
    path_counts_from_results,
)
from botloom.domain.analytics.time_filter import TimeWindow
from botloom.store.models import Answer, Result, VisitedEdge
from tests.integration.analytics.chats import (
    BASE,
    publish_survey,
    quarter_hour_windows,
    random_results,
)
from tests.support.chats import chat
from tests.support.factories import make_member

BLOCKS = ("c1", "n1", "x9")
EDGES = ("e_yes", "e_no", "e_end")


async def _agree(db: AsyncSession, typebot_id: str) -> None:
    for window in quarter_hour_windows():
        expected = await path_counts_from_results(db=db, typebot_id=typebot_id, window=window)
        kept = await path_counts_from_buckets(db=db, typebot_id=typebot_id, window=window)
        assert kept == expected, window


async def _answers_and_edges(
    db: AsyncSession, rng: random.Random, ids: list[str], first_edge: int = 0
) -> None:
    answers, edges = [], []
    for result_id in ids:
        # Some blocks answered twice (a loop), some results answer nothing.
        for block_id in rng.choices(BLOCKS, k=rng.randrange(0, 4)):
            answers.append({"result_id": result_id, "block_id": block_id, "content": "x"})
        for index, edge_id in enumerate(rng.choices(EDGES, k=rng.randrange(0, 3)), first_edge):
            edges.append({"result_id": result_id, "index": index, "edge_id": edge_id})
    await db.execute(insert(Answer), answers)
    await db.execute(insert(VisitedEdge), edges)


async def test_every_write_keeps_the_paths_exact(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    bot = await publish_survey(db, member, "paths")
    other_bot = await publish_survey(db, member, "paths-other")
    # Real chats: one answers both questions, one leaves at the name, one at the buttons.
    await chat(client, "paths", "Yes", "Ada")
    await chat(client, "paths", "Yes")
    await chat(client, "paths")
    live = await path_counts_from_results(db=db, typebot_id=bot, window=TimeWindow())
    assert live.answers == {"c1": (2, 2), "n1": (1, 1)}
    assert live.edges == {"e_yes": 2}
    assert live.waiting == {"c1": 1, "n1": 1}
    assert await path_counts_from_buckets(db=db, typebot_id=bot, window=TimeWindow()) == live

    rng = random.Random(11)
    rows = random_results(rng, (bot, other_bot), 300, days=4, waiting=(*BLOCKS, None))
    await db.execute(insert(Result), rows)
    ids = [str(row["id"]) for row in rows]
    await _answers_and_edges(db, rng, ids)
    await db.commit()
    await _agree(db, bot)
    await _agree(db, other_bot)

    # Answers arriving later, one at a time, as turns write them.
    await _answers_and_edges(db, rng, ids[:60], first_edge=10)
    await db.execute(update(Result).where(Result.id.in_(ids[:30])).values(is_completed=True))
    await db.execute(update(Result).where(Result.id.in_(ids[30:60])).values(waiting_block_id="n1"))
    await db.execute(update(Result).where(Result.id.in_(ids[60:90])).values(is_archived=True))
    await db.execute(update(Result).where(Result.id.in_(ids[0:120])).values(is_archived=False))
    await db.execute(
        update(Result)
        .where(Result.id.in_(ids[120:160]))
        .values(created_at=BASE + timedelta(hours=13, minutes=7), waiting_block_id=None)
    )
    await db.execute(update(Result).where(Result.id.in_(ids[160:200])).values(typebot_id=bot))
    await db.execute(update(Result).where(Result.id.in_(ids[200:240])).values(variables=[1]))
    await db.execute(delete(Result).where(Result.id.in_(ids[240:280])))
    await db.commit()
    await _agree(db, bot)
    await _agree(db, other_bot)
    total = await path_counts_from_buckets(db=db, typebot_id=bot, window=TimeWindow())
    assert sum(t for t, _ in total.answers.values()) > 100, "the comparison ran on real data"
    assert total.waiting
    assert total.edges


async def test_windows_off_the_quarter_hours_count_the_results(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    bot = await publish_survey(db, member, "paths-odd")
    await chat(client, "paths-odd", "Yes")
    now = datetime.now(UTC)
    odd = TimeWindow(start=now - timedelta(minutes=7), end=now + timedelta(minutes=7))
    counts = await get_path_counts(db=db, typebot_id=bot, window=odd)
    assert counts.answers == {"c1": (1, 1)}
    assert counts.waiting == {"n1": 1}
    before = TimeWindow(start=now - timedelta(minutes=20), end=now - timedelta(minutes=7))
    assert await get_path_counts(db=db, typebot_id=bot, window=before) == type(counts)()
