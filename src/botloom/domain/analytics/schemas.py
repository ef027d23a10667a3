"""Response shapes of the analytics routes (Typebot's builder OpenAPI, plus drop-off)."""

from enum import StrEnum

from pydantic import Field

from botloom.domain.schemas import ApiModel, Timestamp


class Stats(ApiModel):
    """Results of the period: created (views), with an answer (starts), finished."""

    total_views: int
    total_starts: int
    total_completed: int


class StatsResponse(ApiModel):
    """``GET /analytics/stats``."""

    stats: Stats


class Interval(StrEnum):
    """How long each point of a series is, in the caller's time zone."""

    HOUR = "hour"
    DAY = "day"
    MONTH = "month"


class StatsPoint(Stats):
    """The stats of the results created in one period of a series."""

    start: Timestamp = Field(description="When the period starts (UTC)")


class TimeSeries(ApiModel):
    """Botloom addition, ``GET /analytics/timeSeries``: the stats of the period asked for,
    one point per hour (``today``), per day, or per month (spans longer than 400 days), in
    the caller's time zone and in time order. Every period of the span has a point, zero or
    not; ``allTime`` starts at the bot's first result (no points if it has none)."""

    interval: Interval
    points: list[StatsPoint]


class BlockAnswers(ApiModel):
    """How many answers an input block received (a block answered twice by one visitor
    counts twice, as in Typebot)."""

    block_id: str
    total: int


class EdgeTarget(ApiModel):
    """Where an edge leads (``blockId`` only when it enters a group past its first block)."""

    group_id: str
    block_id: str | None = Field(default=None, exclude_if=lambda value: value is None)


class VisitedEdgeTotal(ApiModel):
    """How many times an off-default edge (a button, a condition, an A/B path...) was taken."""

    id: str
    total: int
    to: EdgeTarget | None = Field(description="The edge's target in the bot, null if unknown")


class BlockDropOff(ApiModel):
    """Botloom addition: how many visitors an input block lost.

    ``totalReached`` counts the results that answered the block or whose chat waits at it;
    ``totalDropped`` those whose chat waits at it (left, or not answered yet);
    ``dropOffRate`` is ``totalDropped / totalReached`` (0 when nobody reached it).
    """

    block_id: str
    group_id: str
    total_reached: int
    total_answered: int
    total_dropped: int
    drop_off_rate: float


class InDepthDataResponse(ApiModel):
    """``GET /analytics/inDepthData``: Typebot's fields, and ``dropOffs`` per input block in
    the order of the bot (groups, then blocks in a group)."""

    total_answers: list[BlockAnswers]
    off_default_path_visited_edges: list[VisitedEdgeTotal]
    drop_offs: list[BlockDropOff]
