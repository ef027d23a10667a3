"""Analytics of a bot's results, following Typebot's builder OpenAPI."""

from typing import Annotated

from fastapi import Depends, Path, Query
from pydantic import AfterValidator
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.api.deps import BotCacheDep, CurrentUser, DbDep
from botloom.api.errors import ERROR_RESPONSES
from botloom.api.routing import api_router
from botloom.domain.access.queries import BotRight, access_typebot
from botloom.domain.analytics import queries
from botloom.domain.analytics.schemas import InDepthDataResponse, StatsResponse, TimeSeries
from botloom.domain.analytics.time_filter import (
    TimeFilter,
    TimeWindow,
    check_time_zone,
    current_window,
    parse_time_zone,
)
from botloom.domain.analytics.time_series import get_time_series
from botloom.store.models import Typebot, User
from botloom.store.types import utcnow

router = api_router(prefix="/api/v1/typebots/{typebotId}/analytics", tags=["analytics"])

TypebotIdPath = Annotated[str, Path(alias="typebotId")]
TimeFilterQuery = Annotated[
    TimeFilter, Query(alias="timeFilter", description="The period, in the caller's time zone")
]
TimeZoneQuery = Annotated[
    str | None,
    Query(alias="timeZone", description="IANA time zone of the caller, e.g. Europe/Paris"),
    AfterValidator(check_time_zone),
]


async def _window(
    time_filter: TimeFilterQuery = TimeFilter.LAST_7_DAYS, time_zone: TimeZoneQuery = None
) -> TimeWindow:
    """The period asked for by ``timeFilter`` and ``timeZone``, as it stands now."""
    return current_window(time_filter, time_zone)


WindowQuery = Annotated[TimeWindow, Depends(_window)]


async def _readable_typebot(db: AsyncSession, user: User, typebot_id: str) -> Typebot:
    typebot, _ = await access_typebot(
        db=db, actor=user, typebot_id=typebot_id, needed=BotRight.READ
    )
    return typebot


@router.get("/stats", responses=ERROR_RESPONSES)
async def get_stats(
    typebot_id: TypebotIdPath, db: DbDep, user: CurrentUser, window: WindowQuery
) -> StatsResponse:
    """Views (results created), starts (with an answer) and completions in the period."""
    typebot = await _readable_typebot(db, user, typebot_id)
    return StatsResponse(stats=await queries.get_stats(db=db, typebot_id=typebot.id, window=window))


@router.get("/inDepthData", responses=ERROR_RESPONSES)
async def get_in_depth_data(
    typebot_id: TypebotIdPath,
    db: DbDep,
    user: CurrentUser,
    cache: BotCacheDep,
    window: WindowQuery,
) -> InDepthDataResponse:
    """Answers per block, off-default edges taken, and each input block's drop-off rate."""
    typebot = await _readable_typebot(db, user, typebot_id)
    return await queries.get_in_depth_data(db=db, cache=cache, typebot=typebot, window=window)


@router.get("/timeSeries", responses=ERROR_RESPONSES)
async def get_stats_time_series(
    typebot_id: TypebotIdPath,
    db: DbDep,
    user: CurrentUser,
    time_filter: TimeFilterQuery = TimeFilter.LAST_7_DAYS,
    time_zone: TimeZoneQuery = None,
) -> TimeSeries:
    """The stats of the period hour by hour (``today``), day by day, or month by month
    (spans over 400 days), in the caller's time zone, for a chart."""
    typebot = await _readable_typebot(db, user, typebot_id)
    return await get_time_series(
        db=db,
        typebot_id=typebot.id,
        time_filter=time_filter,
        zone=parse_time_zone(time_zone),
        now=utcnow(),
    )
