"""Typebot's analytics time filters, as a UTC window computed in the caller's time zone.

A filter such as ``today`` starts at midnight in the time zone the builder sends (its user's),
not UTC's: a visit at 23:30 UTC on the 1st is "today" on the 2nd for someone in Paris.
"""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from botloom.store.types import utcnow


class TimeFilter(StrEnum):
    """The periods Typebot's builder offers (``last7Days`` when none is given)."""

    TODAY = "today"
    LAST_7_DAYS = "last7Days"
    LAST_30_DAYS = "last30Days"
    MONTH_TO_DATE = "monthToDate"
    LAST_MONTH = "lastMonth"
    YEAR_TO_DATE = "yearToDate"
    ALL_TIME = "allTime"


@dataclass(frozen=True)
class TimeWindow:
    """Results created at or after ``start`` and before ``end``; ``None`` leaves a side open."""

    start: datetime | None = None
    end: datetime | None = None


def parse_time_zone(name: str | None) -> ZoneInfo:
    """The IANA zone named ``name`` (UTC when empty); ``ValueError`` if there is none."""
    if not name:
        return ZoneInfo("UTC")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {name!r}") from None


def check_time_zone(name: str | None) -> str | None:
    """``name`` if it names a time zone (a validator for request parameters)."""
    parse_time_zone(name)
    return name


def _utc(local: datetime) -> datetime:
    return local.astimezone(UTC)


def time_window(time_filter: TimeFilter, zone: ZoneInfo, now: datetime) -> TimeWindow:
    """The UTC window of ``time_filter`` at ``now``, with days and months as seen in ``zone``.

    Rolling periods count today: ``last7Days`` is today and the 6 days before it.
    """
    local = now.astimezone(zone)
    midnight = datetime(local.year, local.month, local.day, tzinfo=zone)
    month_start = midnight.replace(day=1)
    match time_filter:
        case TimeFilter.ALL_TIME:
            return TimeWindow()
        case TimeFilter.TODAY:
            return TimeWindow(start=_utc(midnight))
        case TimeFilter.LAST_7_DAYS:
            return TimeWindow(start=_utc(_days_before(midnight, 6)))
        case TimeFilter.LAST_30_DAYS:
            return TimeWindow(start=_utc(_days_before(midnight, 29)))
        case TimeFilter.MONTH_TO_DATE:
            return TimeWindow(start=_utc(month_start))
        case TimeFilter.LAST_MONTH:
            previous = (month_start - timedelta(days=1)).replace(day=1)
            return TimeWindow(start=_utc(previous), end=_utc(month_start))
        case TimeFilter.YEAR_TO_DATE:
            return TimeWindow(start=_utc(month_start.replace(month=1)))


def _days_before(midnight: datetime, days: int) -> datetime:
    """Local midnight ``days`` calendar days earlier (a DST change makes some days 23 h)."""
    day = (midnight.replace(tzinfo=None) - timedelta(days=days)).date()
    return datetime(day.year, day.month, day.day, tzinfo=midnight.tzinfo)


def current_window(time_filter: TimeFilter, time_zone: str | None) -> TimeWindow:
    """The window of ``time_filter`` now, in the time zone named ``time_zone`` (UTC if none)."""
    return time_window(time_filter, parse_time_zone(time_zone), utcnow())
