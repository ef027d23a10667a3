"""Typebot's time filters as UTC windows, days and months counted in the caller's zone."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from botloom.domain.analytics.time_filter import (
    TimeFilter,
    TimeWindow,
    parse_time_zone,
    time_window,
)

PARIS = ZoneInfo("Europe/Paris")
# 2026-03-31 22:30 UTC is already April 1st, 00:30, in Paris (summer time since March 29).
NOW = datetime(2026, 3, 31, 22, 30, tzinfo=UTC)


def _utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


@pytest.mark.parametrize(
    ("time_filter", "zone", "expected"),
    [
        (TimeFilter.ALL_TIME, PARIS, TimeWindow()),
        (TimeFilter.TODAY, ZoneInfo("UTC"), TimeWindow(start=_utc(2026, 3, 31))),
        (TimeFilter.TODAY, PARIS, TimeWindow(start=_utc(2026, 3, 31, 22))),
        # Six days back crosses the change to summer time: midnight was 23:00 UTC then.
        (TimeFilter.LAST_7_DAYS, PARIS, TimeWindow(start=_utc(2026, 3, 25, 23))),
        (TimeFilter.LAST_30_DAYS, PARIS, TimeWindow(start=_utc(2026, 3, 2, 23))),
        (TimeFilter.MONTH_TO_DATE, PARIS, TimeWindow(start=_utc(2026, 3, 31, 22))),
        (TimeFilter.MONTH_TO_DATE, ZoneInfo("UTC"), TimeWindow(start=_utc(2026, 3, 1))),
        (
            TimeFilter.LAST_MONTH,
            PARIS,
            TimeWindow(start=_utc(2026, 2, 28, 23), end=_utc(2026, 3, 31, 22)),
        ),
        (
            TimeFilter.LAST_MONTH,
            ZoneInfo("UTC"),
            TimeWindow(start=_utc(2026, 2, 1), end=_utc(2026, 3, 1)),
        ),
        (TimeFilter.YEAR_TO_DATE, PARIS, TimeWindow(start=_utc(2025, 12, 31, 23))),
    ],
)
def test_windows(time_filter: TimeFilter, zone: ZoneInfo, expected: TimeWindow) -> None:
    assert time_window(time_filter, zone, NOW) == expected


def test_last_month_in_january_is_december() -> None:
    window = time_window(TimeFilter.LAST_MONTH, ZoneInfo("UTC"), _utc(2026, 1, 15, 12))
    assert window == TimeWindow(start=_utc(2025, 12, 1), end=_utc(2026, 1, 1))


def test_unknown_zone_is_refused() -> None:
    with pytest.raises(ValueError, match="Nowhere/Land"):
        parse_time_zone("Nowhere/Land")
    assert parse_time_zone(None) == ZoneInfo("UTC")
