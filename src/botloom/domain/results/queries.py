"""Reading results: pages, one result, its logs and what its transcript replays.

Listings show what Typebot's results table shows: results that started (a visitor answered at
least once) and are not archived, newest first. Pages are keyed on ``(created_at, id)``, so a
page costs the same at any depth and results written while a client pages never shift it.
"""

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, false, func, select, true, tuple_
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from botloom.domain.errors import NotFoundError
from botloom.domain.results.filters import Cursor, ResultFilters
from botloom.domain.results.schemas import ResultAnswer, ResultRead, ResultVariable
from botloom.engine.transcript import ReplayAnswer, ReplayValue
from botloom.store.answer_search import answers_contain, results_with_answers_containing
from botloom.store.models import Answer, Log, Result, SetVariableHistoryItem, VisitedEdge


def filter_conditions(typebot_id: str, filters: ResultFilters) -> list[ColumnElement[bool]]:
    """What a listing or an export keeps: started, unarchived results of the bot, filtered."""
    conditions: list[ColumnElement[bool]] = [
        Result.typebot_id == typebot_id,
        # "= true", not "IS TRUE": an equality is what lets an index on the flags serve.
        Result.has_started == true(),
        Result.is_archived == false(),
    ]
    if filters.since is not None:
        conditions.append(Result.created_at >= filters.since)
    if filters.until is not None:
        conditions.append(Result.created_at < filters.until)
    if filters.completed is not None:
        conditions.append(Result.is_completed == filters.completed)
    if filters.text_matches is not None:
        conditions.append(Result.id.in_(filters.text_matches))
    elif filters.text:
        conditions.append(answers_contain(filters.text))
    return conditions


LISTED_TEXT_MATCHES = 2000
"""Up to this many answers holding a searched text, results are read by id; beyond, the text is
common and results are checked newest first (a page of them comes soonest)."""


async def find_text(db: AsyncSession, *, typebot_id: str, filters: ResultFilters) -> ResultFilters:
    """``filters`` with the results holding its text listed, when few answers hold it."""
    if not filters.text:
        return filters
    found = await results_with_answers_containing(
        db, typebot_id=typebot_id, text=filters.text, at_most=LISTED_TEXT_MATCHES
    )
    return filters if found is None else replace(filters, text_matches=tuple(found))


async def count_results(
    db: AsyncSession | AsyncConnection, *, typebot_id: str, filters: ResultFilters
) -> int:
    """How many results a listing or an export with these filters covers."""
    statement = (
        select(func.count()).select_from(Result).where(*filter_conditions(typebot_id, filters))
    )
    return int(await db.scalar(statement) or 0)


def _after(cursor: Cursor | None) -> list[ColumnElement[bool]]:
    if cursor is None:
        return []
    return [tuple_(Result.created_at, Result.id) < tuple_(cursor.created_at, cursor.result_id)]


def results_statement(
    *, typebot_id: str, filters: ResultFilters, after: Cursor | None, limit: int
) -> Select[Result]:
    """Up to ``limit`` results after ``after``, newest first (ties by id, descending)."""
    return (
        select(Result)
        .where(*filter_conditions(typebot_id, filters), *_after(after))
        .order_by(Result.created_at.desc(), Result.id.desc())
        .limit(limit)
    )


def _cursor_of(result: Any) -> Cursor:
    return Cursor(created_at=result.created_at, result_id=result.id)


@dataclass(frozen=True)
class StoredAnswer:
    """An answer as read from its row."""

    block_id: str
    content: str
    attached_file_urls: list[str] | None


@dataclass(frozen=True)
class ResultPageRows:
    """A page as read: result rows (newest first), their answers (oldest first), and the
    cursor of the next page if there is one. Exports read these without building models."""

    results: list[Row[Any]]
    answers: dict[str, list[StoredAnswer]]
    next_cursor: Cursor | None


_PAGE_COLUMNS = (
    Result.id,
    Result.created_at,
    Result.typebot_id,
    Result.variables,
    Result.is_completed,
    Result.has_started,
    Result.is_archived,
    Result.last_chat_session_id,
)


async def answers_by_result(
    db: AsyncSession | AsyncConnection, result_ids: Sequence[str]
) -> dict[str, list[StoredAnswer]]:
    """The answers of these results, each result's in the order they were given."""
    found: dict[str, list[StoredAnswer]] = defaultdict(list)
    if not result_ids:
        return found
    rows = await db.execute(
        select(Answer.result_id, Answer.block_id, Answer.content, Answer.attached_file_urls)
        .where(Answer.result_id.in_(result_ids))
        .order_by(Answer.result_id, Answer.id)
    )
    for result_id, block_id, content, urls in rows:
        found[result_id].append(StoredAnswer(block_id, content, urls))
    return found


async def read_page_rows(
    db: AsyncSession | AsyncConnection,
    *,
    typebot_id: str,
    filters: ResultFilters,
    after: Cursor | None,
    limit: int,
) -> ResultPageRows:
    """Up to ``limit`` results after ``after`` with their answers, in two queries."""
    statement = results_statement(
        typebot_id=typebot_id, filters=filters, after=after, limit=limit + 1
    ).with_only_columns(*_PAGE_COLUMNS)
    rows = list((await db.execute(statement)).all())
    more = len(rows) > limit
    rows = rows[:limit]
    answers = await answers_by_result(db, [row.id for row in rows])
    return ResultPageRows(rows, answers, _cursor_of(rows[-1]) if more and rows else None)


def result_variables(raw: list[Any] | None) -> list[ResultVariable]:
    """The variables a result row keeps (malformed entries skipped)."""
    return [
        ResultVariable(id=v["id"], name=v["name"], value=v.get("value"))
        for v in raw or []
        if isinstance(v, dict) and "id" in v and "name" in v
    ]


def read_result_row(result: Any, answers: dict[str, list[StoredAnswer]]) -> ResultRead:
    """A result row and its answers (``answers`` by result id) in the API's shape."""
    return _read(result, answers.get(result.id, []))


def _read(result: Any, answers: list[StoredAnswer]) -> ResultRead:
    return ResultRead(
        id=result.id,
        created_at=result.created_at,
        typebot_id=result.typebot_id,
        variables=result_variables(result.variables),
        is_completed=result.is_completed,
        has_started=result.has_started,
        is_archived=result.is_archived,
        last_chat_session_id=result.last_chat_session_id,
        answers=[
            ResultAnswer(
                block_id=a.block_id,
                content=a.content,
                attached_file_urls=a.attached_file_urls or [],
            )
            for a in answers
        ],
    )


async def read_results(
    db: AsyncSession | AsyncConnection,
    *,
    typebot_id: str,
    filters: ResultFilters,
    after: Cursor | None,
    limit: int,
) -> tuple[list[ResultRead], Cursor | None]:
    """A page of results with their answers, and the cursor of the next page if there is one."""
    page = await read_page_rows(
        db, typebot_id=typebot_id, filters=filters, after=after, limit=limit
    )
    results = [read_result_row(row, page.answers) for row in page.results]
    return results, page.next_cursor


async def get_result(*, db: AsyncSession, typebot_id: str, result_id: str) -> Result:
    """A result of this bot (started or not); ``NotFoundError`` otherwise."""
    result = await db.scalar(
        select(Result).where(Result.id == result_id, Result.typebot_id == typebot_id)
    )
    if result is None:
        raise NotFoundError("Result not found")
    return result


async def read_result(*, db: AsyncSession, typebot_id: str, result_id: str) -> ResultRead:
    """One result with its answers and variables."""
    result = await get_result(db=db, typebot_id=typebot_id, result_id=result_id)
    return read_result_row(result, await answers_by_result(db, [result.id]))


async def list_logs(*, db: AsyncSession, result_id: str) -> Sequence[Log]:
    """A result's logs, oldest first."""
    return (await db.scalars(select(Log).where(Log.result_id == result_id).order_by(Log.id))).all()


async def replay_records(
    *, db: AsyncSession, result_id: str
) -> tuple[list[ReplayAnswer], list[ReplayValue], list[str]]:
    """What a transcript replays: answers, set-variable history and visited edges, in order."""
    answers = [
        ReplayAnswer(
            block_id=a.block_id, content=a.content, attached_file_urls=a.attached_file_urls
        )
        for a in (
            await db.scalars(
                select(Answer).where(Answer.result_id == result_id).order_by(Answer.id)
            )
        )
    ]
    history = [
        ReplayValue(block_id=h.block_id, variable_id=h.variable_id, value=h.value)
        for h in await db.scalars(
            select(SetVariableHistoryItem)
            .where(SetVariableHistoryItem.result_id == result_id)
            .order_by(SetVariableHistoryItem.index)
        )
    ]
    edges = list(
        await db.scalars(
            select(VisitedEdge.edge_id)
            .where(VisitedEdge.result_id == result_id)
            .order_by(VisitedEdge.index)
        )
    )
    return answers, history, edges
