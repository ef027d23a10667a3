"""Management API for a bot's results, following Typebot's builder OpenAPI.

Adds to Typebot's listing the filters ``completed``, ``from``, ``to`` and ``q`` (text in the
answers), and an export of the results as CSV or JSON Lines, streamed.
"""

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated, Literal

from fastapi import Body, Depends, Path, Query
from fastapi.responses import StreamingResponse

from botloom.api.deps import BotCacheDep, CurrentUser, DbDep, EngineDep, FileStorageDep
from botloom.api.errors import ERROR_RESPONSES
from botloom.api.routing import api_router
from botloom.domain.access.queries import BotRight, access_typebot
from botloom.domain.analytics.time_filter import TimeFilter
from botloom.domain.audit.actions import do_record_read
from botloom.domain.errors import InvalidInputError
from botloom.domain.results import actions, export, queries
from botloom.domain.results.filters import Cursor, ResultFilters, build_filters
from botloom.domain.results.schemas import (
    LogRead,
    LogsResponse,
    ResultPage,
    ResultResponse,
    ResultsDelete,
    TranscriptLineRead,
    TranscriptResponse,
)
from botloom.domain.results.transcripts import result_transcript
from botloom.domain.schemas import SuccessResponse

TypebotIdPath = Annotated[str, Path(alias="typebotId")]
ResultIdPath = Annotated[str, Path(alias="resultId")]
TimeZoneQuery = Annotated[
    str | None, Query(alias="timeZone", description="IANA time zone of the time filter's days")
]
CompletedQuery = Annotated[
    bool | None, Query(description="Only completed (true) or unfinished (false) results")
]
FromQuery = Annotated[
    str | None, Query(alias="from", description="Created at or after (ISO 8601; UTC if naive)")
]
ToQuery = Annotated[str | None, Query(alias="to", description="Created before (ISO 8601)")]
TextQuery = Annotated[
    str | None,
    Query(alias="q", max_length=500, description="Text found in an answer (any case)"),
]


@dataclass
class ResultQuery:
    """The filters the listing and the export share, as query parameters."""

    time_zone: TimeZoneQuery = None
    completed: CompletedQuery = None
    since: FromQuery = None
    until: ToQuery = None
    text: TextQuery = None

    def filters(self, time_filter: TimeFilter, now: datetime) -> ResultFilters:
        """The filters, with the days of ``time_filter`` counted in the query's time zone."""
        return build_filters(
            time_filter=time_filter,
            zone_name=self.time_zone,
            since=self.since,
            until=self.until,
            completed=self.completed,
            text=self.text,
            now=now,
        )


ResultQueryDep = Annotated[ResultQuery, Depends()]

TOTAL_COUNT_HEADER = "X-Total-Count"

router = api_router(prefix="/api/v1/typebots/{typebotId}/results", tags=["results"])


@router.get("", responses=ERROR_RESPONSES)
async def list_results(
    typebot_id: TypebotIdPath,
    db: DbDep,
    user: CurrentUser,
    query: ResultQueryDep,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    cursor: Annotated[str | None, Query(description="`nextCursor` of the previous page")] = None,
    time_filter: Annotated[
        TimeFilter | None,
        Query(
            alias="timeFilter",
            description="last7Days by default, as in Typebot; allTime when `from` or `to` is given",
        ),
    ] = None,
) -> ResultPage:
    """Results that started, newest first, a page at a time."""
    await access_typebot(db=db, actor=user, typebot_id=typebot_id, needed=BotRight.READ)
    if time_filter is None:
        explicit_range = query.since is not None or query.until is not None
        time_filter = TimeFilter.ALL_TIME if explicit_range else TimeFilter.LAST_7_DAYS
    after = Cursor.decode(cursor) if cursor else None
    filters = await queries.find_text(
        db, typebot_id=typebot_id, filters=query.filters(time_filter, datetime.now(UTC))
    )
    page, next_cursor = await queries.read_results(
        db, typebot_id=typebot_id, filters=filters, after=after, limit=limit
    )
    return ResultPage(
        results=page, next_cursor=next_cursor.encode() if next_cursor is not None else None
    )


@router.delete("", responses=ERROR_RESPONSES)
async def delete_results(
    typebot_id: TypebotIdPath,
    db: DbDep,
    user: CurrentUser,
    files: FileStorageDep,
    body: Annotated[ResultsDelete | None, Body()] = None,
    result_ids: Annotated[
        str | None, Query(alias="resultIds", description="Comma-separated ids (or in the body)")
    ] = None,
) -> SuccessResponse:
    """Delete the listed results, or every result of the bot when none are listed."""
    typebot, _ = await access_typebot(
        db=db, actor=user, typebot_id=typebot_id, needed=BotRight.WRITE
    )
    listed = result_ids if result_ids is not None else body.result_ids if body else None
    ids = None if listed is None else [i.strip() for i in listed.split(",") if i.strip()]
    if ids == []:
        # Only leaving resultIds out deletes everything: an empty list is a mistake, not "all".
        raise InvalidInputError.for_field("resultIds", "no result id given")
    audit = actions.Audit(actor=user, workspace_id=typebot.workspace_id, typebot_id=typebot_id)
    await actions.do_delete_results(
        db=db, files=files, typebot_id=typebot_id, result_ids=ids, audit=audit
    )
    return SuccessResponse()


@router.get(
    "/export",
    responses={
        **ERROR_RESPONSES,
        200: {
            "content": {"text/csv": {}, "application/x-ndjson": {}},
            "headers": {
                TOTAL_COUNT_HEADER: {
                    "description": "How many results the export holds (for a progress bar)",
                    "schema": {"type": "integer"},
                }
            },
        },
    },
    response_class=StreamingResponse,
)
async def export_results(
    typebot_id: TypebotIdPath,
    db: DbDep,
    engine: EngineDep,
    user: CurrentUser,
    query: ResultQueryDep,
    export_format: Annotated[Literal["csv", "jsonl"], Query(alias="format")] = "csv",
    time_filter: Annotated[TimeFilter, Query(alias="timeFilter")] = TimeFilter.ALL_TIME,
) -> StreamingResponse:
    """Every matching result as CSV (Typebot's columns) or JSON Lines, streamed; the
    ``X-Total-Count`` header announces how many, so a client can show its progress."""
    typebot, _ = await access_typebot(
        db=db, actor=user, typebot_id=typebot_id, needed=BotRight.READ
    )
    now = datetime.now(UTC)
    filters = await queries.find_text(
        db, typebot_id=typebot_id, filters=query.filters(time_filter, now)
    )
    file = export.file_name(typebot, now, export_format)
    # Counted before streaming: results written meanwhile may make the export a little longer.
    total = await queries.count_results(db, typebot_id=typebot_id, filters=filters)
    headers = {
        "Content-Disposition": f'attachment; filename="{file}"',
        TOTAL_COUNT_HEADER: str(total),
    }
    await do_record_read(
        db,
        actor=user,
        workspace_id=typebot.workspace_id,
        action="results.export",
        target_type="typebot",
        target_id=typebot.id,
        details={"format": export_format, "timeFilter": time_filter.value},
    )
    if export_format == "jsonl":
        lines = export.stream_jsonl(engine, typebot_id=typebot_id, filters=filters)
        return StreamingResponse(lines, media_type="application/x-ndjson", headers=headers)
    columns = await export.csv_columns(engine, typebot=typebot, filters=filters)
    rows = export.stream_csv(engine, typebot_id=typebot_id, filters=filters, columns=columns)
    return StreamingResponse(rows, media_type="text/csv; charset=utf-8", headers=headers)


@router.get("/{resultId}", responses=ERROR_RESPONSES)
async def get_result(
    typebot_id: TypebotIdPath, result_id: ResultIdPath, db: DbDep, user: CurrentUser
) -> ResultResponse:
    """One result with its answers and variables."""
    await access_typebot(db=db, actor=user, typebot_id=typebot_id, needed=BotRight.READ)
    result = await queries.read_result(db=db, typebot_id=typebot_id, result_id=result_id)
    return ResultResponse(result=result)


@router.get("/{resultId}/transcript", responses=ERROR_RESPONSES, response_model_exclude_none=True)
async def get_result_transcript(
    typebot_id: TypebotIdPath,
    result_id: ResultIdPath,
    db: DbDep,
    user: CurrentUser,
    cache: BotCacheDep,
) -> TranscriptResponse:
    """The conversation: bot bubbles (markdown, media URLs) and the visitor's replies."""
    typebot, _ = await access_typebot(
        db=db, actor=user, typebot_id=typebot_id, needed=BotRight.READ
    )
    lines = await result_transcript(db=db, cache=cache, typebot=typebot, result_id=result_id)
    return TranscriptResponse(
        transcript=[TranscriptLineRead.model_validate(line) for line in lines]
    )


@router.get("/{resultId}/logs", responses=ERROR_RESPONSES)
async def get_result_logs(
    typebot_id: TypebotIdPath, result_id: ResultIdPath, db: DbDep, user: CurrentUser
) -> LogsResponse:
    """What the run logged (mostly integration errors), oldest first."""
    await access_typebot(db=db, actor=user, typebot_id=typebot_id, needed=BotRight.READ)
    await queries.get_result(db=db, typebot_id=typebot_id, result_id=result_id)
    logs = await queries.list_logs(db=db, result_id=result_id)
    return LogsResponse(
        logs=[
            LogRead(
                id=str(log.id),
                created_at=log.created_at,
                result_id=log.result_id,
                status=log.status,
                description=log.description,
                details=log.details,
                context=log.context,
            )
            for log in logs
        ]
    )
