"""Views, starts and completions of a period, hour by hour, day by day or month by month.

The points are sums of ``result_stats_bucket`` (quarter-hours of UTC): every local hour, day
and month of any time zone starts on a quarter-hour, so no result is counted one by one, and a
year of daily points costs the database a few hundred index range reads.
"""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import and_, column, func, select, values
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.analytics.schemas import Interval, Stats, StatsPoint, TimeSeries
from botloom.domain.analytics.time_filter import TimeFilter, time_window
from botloom.store.models import ResultStatsBucket
from botloom.store.types import UTCDateTime

MAX_DAILY_SPAN = timedelta(days=400)
"""Past this span (``allTime`` of an old bot) the points are months: a chart of thousands of
days shows nothing more, and the query stays small."""


def _local_floor(instant: datetime, interval: Interval, zone: ZoneInfo) -> datetime:
    """The local start of the hour, day or month ``instant`` falls in."""
    local = instant.astimezone(zone)
    match interval:
        case Interval.HOUR:
            return local.replace(minute=0, second=0, microsecond=0)
        case Interval.DAY:
            return datetime(local.year, local.month, local.day, tzinfo=zone)
        case Interval.MONTH:
            return datetime(local.year, local.month, 1, tzinfo=zone)


def _next_start(start: datetime, interval: Interval, zone: ZoneInfo) -> datetime:
    """The local start of the period after the one starting at ``start``.

    Hours are real hours (a day changing clocks has 23 or 25); days and months are calendar
    ones, whatever their length.
    """
    match interval:
        case Interval.HOUR:
            return (start.astimezone(UTC) + timedelta(hours=1)).astimezone(zone)
        case Interval.DAY:
            day = start.date() + timedelta(days=1)
            return datetime(day.year, day.month, day.day, tzinfo=zone)
        case Interval.MONTH:
            months = start.year * 12 + start.month  # the next month, 1-based
            return datetime(months // 12, months % 12 + 1, 1, tzinfo=zone)


def periods(
    first: datetime, end: datetime, interval: Interval, zone: ZoneInfo
) -> list[tuple[datetime, datetime]]:
    """``(start, end)`` in UTC of each period from the one holding ``first`` to the one
    holding the instant before ``end``."""
    spans: list[tuple[datetime, datetime]] = []
    start = _local_floor(first, interval, zone)
    while start.astimezone(UTC) < end:
        after = _next_start(start, interval, zone)
        spans.append((start.astimezone(UTC), after.astimezone(UTC)))
        start = after
    return spans


def interval_for(time_filter: TimeFilter, first: datetime, end: datetime) -> Interval:
    """Hours for ``today``, else days, or months over a span longer than ``MAX_DAILY_SPAN``."""
    if time_filter is TimeFilter.TODAY:
        return Interval.HOUR
    return Interval.MONTH if end - first > MAX_DAILY_SPAN else Interval.DAY


async def _first_bucket(db: AsyncSession, typebot_id: str) -> datetime | None:
    bucket = ResultStatsBucket
    first: datetime | None = await db.scalar(
        select(func.min(bucket.bucket_start)).where(
            bucket.typebot_id == typebot_id, bucket.views > 0
        )
    )
    return first


async def get_time_series(
    *, db: AsyncSession, typebot_id: str, time_filter: TimeFilter, zone: ZoneInfo, now: datetime
) -> TimeSeries:
    """The stats of ``time_filter`` at ``now``, one point per period (periods without a
    result count zero); ``allTime`` starts at the bot's first result."""
    window = time_window(time_filter, zone, now)
    first = window.start or await _first_bucket(db, typebot_id)
    end = window.end or now
    if first is None:
        return TimeSeries(interval=interval_for(time_filter, now, now), points=[])
    interval = interval_for(time_filter, first, end)
    spans = periods(first, end, interval, zone)
    totals = await _sum_by_period(db, typebot_id, spans)
    empty = Stats(total_views=0, total_starts=0, total_completed=0)
    return TimeSeries(
        interval=interval,
        points=[
            StatsPoint(start=start, **totals.get(start, empty).model_dump()) for start, _ in spans
        ],
    )


async def _sum_by_period(
    db: AsyncSession, typebot_id: str, spans: list[tuple[datetime, datetime]]
) -> dict[datetime, Stats]:
    """The bucket sums of each span that has any, by the span's start."""
    if not spans:
        return {}
    table = (
        values(
            column("period_start", UTCDateTime()),
            column("period_end", UTCDateTime()),
            name="period",
        )
        .data(spans)
        .cte("period")
    )
    bucket = ResultStatsBucket
    rows = await db.execute(
        select(
            table.c.period_start,
            func.sum(bucket.views),
            func.sum(bucket.starts),
            func.sum(bucket.completed),
        )
        .select_from(table)
        .join(
            bucket,
            and_(
                bucket.typebot_id == typebot_id,
                bucket.bucket_start >= table.c.period_start,
                bucket.bucket_start < table.c.period_end,
            ),
        )
        .group_by(table.c.period_start)
    )
    return {
        start: Stats(total_views=views, total_starts=starts, total_completed=completed)
        for start, views, starts, completed in rows.all()
    }
