"""Analytics of one bot's results in a time window: a few aggregate queries each.

Every count is over the bot's results created in the window and not archived, and over the
answers and visited edges of those results (docs/engine.md §7).
"""

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import ColumnElement, Select, case, distinct, false, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from botloom.domain.analytics.schemas import (
    BlockAnswers,
    BlockDropOff,
    EdgeTarget,
    InDepthDataResponse,
    Stats,
    VisitedEdgeTotal,
)
from botloom.domain.analytics.time_filter import TimeWindow
from botloom.domain.chat.bots import BotCache, shown_bot
from botloom.engine.blocks.catalog import is_input_type
from botloom.engine.bot import Bot
from botloom.schema.document import TypebotDocument
from botloom.store.models import (
    Answer,
    PathKind,
    Result,
    ResultPathBucket,
    ResultPathDay,
    ResultStatsBucket,
    Typebot,
    VisitedEdge,
)


def _in_window(typebot_id: str, window: TimeWindow) -> list[ColumnElement[bool]]:
    # "= false": an equality is what lets an index on the flags serve.
    conditions = [Result.typebot_id == typebot_id, Result.is_archived == false()]
    if window.start is not None:
        conditions.append(Result.created_at >= window.start)
    if window.end is not None:
        conditions.append(Result.created_at < window.end)
    return conditions


QUARTER_HOUR_SECONDS = 900
QUARTER_HOUR = timedelta(seconds=QUARTER_HOUR_SECONDS)
DAY = timedelta(days=1)


def _on_quarter_hours(window: TimeWindow) -> bool:
    return all(
        edge is None or edge.timestamp() % QUARTER_HOUR_SECONDS == 0
        for edge in (window.start, window.end)
    )


async def get_stats(*, db: AsyncSession, typebot_id: str, window: TimeWindow) -> Stats:
    """Views, starts and completions. Every time zone's midnight is a quarter-hour of UTC, so
    the quarter-hour totals kept by the database answer; other windows count the results."""
    if _on_quarter_hours(window):
        return await stats_from_buckets(db=db, typebot_id=typebot_id, window=window)
    return await stats_from_results(db=db, typebot_id=typebot_id, window=window)


def _totals_in_window(
    table: type[ResultStatsBucket | ResultPathBucket | ResultPathDay],
    starts: InstrumentedAttribute[datetime],
    typebot_id: str,
    window: TimeWindow,
) -> list[ColumnElement[bool]]:
    """Rows of totals of the bot whose period (starting at ``starts``) is in ``window``."""
    conditions = [table.typebot_id == typebot_id]
    if window.start is not None:
        conditions.append(starts >= window.start)
    if window.end is not None:
        conditions.append(starts < window.end)
    return conditions


async def stats_from_buckets(*, db: AsyncSession, typebot_id: str, window: TimeWindow) -> Stats:
    """The stats summed from ``result_stats_bucket`` (the window must be on quarter-hours)."""
    bucket = ResultStatsBucket
    conditions = _totals_in_window(bucket, bucket.bucket_start, typebot_id, window)
    row = (
        await db.execute(
            select(
                func.coalesce(func.sum(bucket.views), 0),
                func.coalesce(func.sum(bucket.starts), 0),
                func.coalesce(func.sum(bucket.completed), 0),
            ).where(*conditions)
        )
    ).one()
    return Stats(total_views=row[0], total_starts=row[1], total_completed=row[2])


async def stats_from_results(*, db: AsyncSession, typebot_id: str, window: TimeWindow) -> Stats:
    """The stats counted over the results themselves (one pass over a covering index)."""
    row = (
        await db.execute(
            select(
                func.count(),
                func.count(case((Result.has_started, 1))),
                func.count(case((Result.is_completed, 1))),
            ).where(*_in_window(typebot_id, window))
        )
    ).one()
    return Stats(total_views=row[0], total_starts=row[1], total_completed=row[2])


def input_blocks(document: TypebotDocument) -> Iterator[tuple[str, str]]:
    """``(group id, block id)`` of every input block, in document order."""
    for group in document.groups:
        for block in group.blocks:
            if is_input_type(block.type):
                yield group.id, block.id


def _edge_targets(bot: Bot) -> dict[str, EdgeTarget]:
    return {
        edge.id: EdgeTarget(group_id=edge.to.group_id, block_id=edge.to.block_id)
        for edge in bot.document.edges
    }


@dataclass
class PathCounts:
    """Where a period's results went: per block its answers and answering results, per edge
    the times it was taken, per block the unfinished chats waiting there."""

    answers: dict[str, tuple[int, int]] = field(default_factory=dict)
    edges: dict[str, int] = field(default_factory=dict)
    waiting: dict[str, int] = field(default_factory=dict)


async def get_path_counts(*, db: AsyncSession, typebot_id: str, window: TimeWindow) -> PathCounts:
    """From the quarter-hour buckets when the window allows (as ``get_stats``), else counted."""
    if _on_quarter_hours(window):
        return await path_counts_from_buckets(db=db, typebot_id=typebot_id, window=window)
    return await path_counts_from_results(db=db, typebot_id=typebot_id, window=window)


async def path_counts_from_buckets(
    *, db: AsyncSession, typebot_id: str, window: TimeWindow
) -> PathCounts:
    """The answers and edges summed from the buckets (the window must be on quarter-hours): its
    whole UTC days from ``result_path_day``, the hours around them from ``result_path_bucket``;
    where chats wait, counted on the results' index of it."""
    quarters, days = split_on_days(window)
    selects = [
        _path_sums(ResultPathBucket, ResultPathBucket.bucket_start, typebot_id, part)
        for part in quarters
    ]
    if days is not None:
        selects.append(_path_sums(ResultPathDay, ResultPathDay.day, typebot_id, days))
    counts = PathCounts()
    for select_part in selects:
        for kind, item_id, times, results in (await db.execute(select_part)).all():
            if kind == PathKind.ANSWER:
                before = counts.answers.get(item_id, (0, 0))
                counts.answers[item_id] = (before[0] + times, before[1] + results)
            else:
                counts.edges[item_id] = counts.edges.get(item_id, 0) + times
    counts.waiting = await _waiting(db, typebot_id, window)
    return counts


def _path_sums(
    table: type[ResultPathBucket | ResultPathDay],
    starts: InstrumentedAttribute[datetime],
    typebot_id: str,
    window: TimeWindow,
) -> Select[str, str, int, int]:
    total = func.sum(table.total)
    return (
        select(table.kind, table.item_id, total, func.sum(table.results))
        .where(*_totals_in_window(table, starts, typebot_id, window))
        .group_by(table.kind, table.item_id)
        # Rows of results since deleted or archived stay at zero.
        .having(total != 0)
    )


def split_on_days(window: TimeWindow) -> tuple[list[TimeWindow], TimeWindow | None]:
    """The parts of ``window`` outside whole UTC days, and the whole days (``None``: none)."""
    first = None if window.start is None else _midnight(window.start + DAY - QUARTER_HOUR)
    last = None if window.end is None else _midnight(window.end)
    if first is not None and last is not None and first >= last:
        return [window], None
    parts = []
    if window.start is not None and first is not None and window.start < first:
        parts.append(TimeWindow(start=window.start, end=first))
    if window.end is not None and last is not None and last < window.end:
        parts.append(TimeWindow(start=last, end=window.end))
    return parts, TimeWindow(start=first, end=last)


def _midnight(instant: datetime) -> datetime:
    return instant.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)


async def path_counts_from_results(
    *, db: AsyncSession, typebot_id: str, window: TimeWindow
) -> PathCounts:
    """The counts read from the results' answers and edges themselves."""
    in_window = _in_window(typebot_id, window)
    # "Rows of these results": the planners then walk the results' index and read the
    # answers' and edges' covering indexes, rather than every row of a block or an edge.
    result_ids = select(Result.id).where(*in_window)
    answers = await db.execute(
        select(Answer.block_id, func.count(), func.count(distinct(Answer.result_id)))
        .where(Answer.result_id.in_(result_ids))
        .group_by(Answer.block_id)
    )
    edges = await db.execute(
        select(VisitedEdge.edge_id, func.count())
        .where(VisitedEdge.result_id.in_(result_ids))
        .group_by(VisitedEdge.edge_id)
    )
    return PathCounts(
        answers={block_id: (times, results) for block_id, times, results in answers.all()},
        edges={edge_id: int(times) for edge_id, times in edges.all()},
        waiting=await _waiting(db, typebot_id, window),
    )


async def _waiting(db: AsyncSession, typebot_id: str, window: TimeWindow) -> dict[str, int]:
    """Unfinished results by the block their chat waits at (``ix_result_typebot_waiting``)."""
    conditions = [
        *_in_window(typebot_id, window),
        Result.is_completed == false(),
        Result.waiting_block_id.is_not(None),
    ]
    rows = await db.execute(
        select(Result.waiting_block_id, func.count())
        .where(*conditions)
        .group_by(Result.waiting_block_id)
    )
    return {block_id: results for block_id, results in rows.all() if block_id}


async def get_in_depth_data(
    *, db: AsyncSession, cache: BotCache, typebot: Typebot, window: TimeWindow
) -> InDepthDataResponse:
    """Answers per block, off-default edges taken, and the drop-off of each input block,
    on the graph visitors ran (the live version, else the draft)."""
    counts = await get_path_counts(db=db, typebot_id=typebot.id, window=window)
    bot = await shown_bot(db=db, cache=cache, typebot=typebot)
    targets = _edge_targets(bot)
    return InDepthDataResponse(
        total_answers=[
            BlockAnswers(block_id=block_id, total=times)
            for block_id, (times, _) in counts.answers.items()
        ],
        off_default_path_visited_edges=[
            VisitedEdgeTotal(id=edge_id, total=times, to=targets.get(edge_id))
            for edge_id, times in counts.edges.items()
        ],
        drop_offs=[
            _drop_off(
                group_id,
                block_id,
                counts.answers.get(block_id, (0, 0))[1],
                counts.waiting.get(block_id, 0),
            )
            for group_id, block_id in input_blocks(bot.document)
        ],
    )


def _drop_off(group_id: str, block_id: str, answered: int, dropped: int) -> BlockDropOff:
    reached = answered + dropped
    return BlockDropOff(
        block_id=block_id,
        group_id=group_id,
        total_reached=reached,
        total_answered=answered,
        total_dropped=dropped,
        drop_off_rate=dropped / reached if reached else 0.0,
    )
