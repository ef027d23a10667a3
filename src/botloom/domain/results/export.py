"""Results as CSV (Typebot's columns) or JSON Lines, streamed in keyset batches.

Columns (docs/engine.md §7, "CSV"): "Submitted at"; one per input block, labelled by its variable's
name (inputs saving into one variable share it) or else its group's title, repeated labels
numbered "X (2)"; one per other variable that is not a session variable; one per block that was
answered but is no longer in the bot, "{id} (deleted block)". The bot's
``resultsTablePreferences`` reorder (``columnsOrder``) and hide (``columnsVisibility``) them.

Memory stays flat whatever the number of results: rows are read ``EXPORT_BATCH`` at a time, each
batch in its own short read (so SQLite's WAL is never pinned for the whole export), written out
and dropped.
"""

import csv
import io
import json
import re
from collections.abc import AsyncIterator, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from botloom.domain.results.filters import Cursor, ResultFilters
from botloom.domain.results.queries import (
    ResultPageRows,
    StoredAnswer,
    filter_conditions,
    read_page_rows,
    read_result_row,
)
from botloom.domain.schemas import iso
from botloom.engine.blocks.catalog import is_input_type
from botloom.store.models import Answer, PathKind, Result, ResultPathDay, Typebot

EXPORT_BATCH = 1000
DATE_COLUMN = "date"
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")

ColumnKind = Literal["date", "input", "variable", "deleted"]


@dataclass
class Column:
    """A CSV column: its id (as ``resultsTablePreferences`` names it), label and sources."""

    id: str
    label: str
    kind: ColumnKind
    block_ids: list[str] = field(default_factory=list)
    variable_ids: list[str] = field(default_factory=list)


def _numbered(label: str, taken: set[str]) -> str:
    if label not in taken:
        return label
    n = 2
    while f"{label} ({n})" in taken:
        n += 1
    return f"{label} ({n})"


def _input_columns(
    document: Mapping[str, Any], variables: Mapping[str, Mapping[str, Any]]
) -> list[Column]:
    columns: list[Column] = []
    by_variable: dict[str, Column] = {}
    for group in document.get("groups") or []:
        for block in group.get("blocks") or []:
            if not is_input_type(str(block.get("type"))):
                continue
            variable_id = (block.get("options") or {}).get("variableId")
            variable = variables.get(variable_id) if variable_id else None
            if variable is not None and variable_id in by_variable:
                by_variable[variable_id].block_ids.append(block["id"])
                continue
            label = str(variable["name"]) if variable else str(group.get("title") or "")
            column = Column(
                id=block["id"],
                label=_numbered(label, {c.label for c in columns}),
                kind="input",
                block_ids=[block["id"]],
                variable_ids=[variable_id] if variable is not None and variable_id else [],
            )
            if variable is not None and variable_id:
                by_variable[variable_id] = column
            columns.append(column)
    return columns


def _ordered(columns: list[Column], preferences: Mapping[str, Any] | None) -> list[Column]:
    """The bot's saved order first (unknown ids ignored), then the rest as built; hidden
    columns dropped."""
    preferences = preferences or {}
    order = [str(i) for i in preferences.get("columnsOrder") or []]
    visibility = preferences.get("columnsVisibility") or {}
    rank = {column_id: i for i, column_id in enumerate(order)}
    ordered = sorted(columns, key=lambda c: (c.id not in rank, rank.get(c.id, 0)))
    return [c for c in ordered if visibility.get(c.id, True) is not False]


def document_block_ids(document: Mapping[str, Any]) -> set[str]:
    """Every block id of a bot document."""
    return {str(b.get("id")) for g in document.get("groups") or [] for b in g.get("blocks") or []}


def result_columns(
    document: Mapping[str, Any],
    *,
    answered_block_ids: Iterable[str],
    preferences: Mapping[str, Any] | None,
) -> list[Column]:
    """The CSV columns of a bot's results, in the bot's saved order, without hidden ones."""
    variables = {
        str(v["id"]): v
        for v in document.get("variables") or []
        if isinstance(v, dict) and "id" in v
    }
    inputs = _input_columns(document, variables)
    bound = {v for c in inputs for v in c.variable_ids}
    others = [
        Column(
            id=variable_id,
            label=str(v.get("name", "")),
            kind="variable",
            variable_ids=[variable_id],
        )
        for variable_id, v in variables.items()
        if variable_id not in bound and not v.get("isSessionVariable")
    ]
    known_blocks = document_block_ids(document)
    deleted = [
        Column(
            id=block_id, label=f"{block_id} (deleted block)", kind="deleted", block_ids=[block_id]
        )
        for block_id in dict.fromkeys(answered_block_ids)
        if block_id not in known_blocks
    ]
    date = Column(id=DATE_COLUMN, label="Submitted at", kind="date")
    return _ordered([date, *inputs, *others, *deleted], preferences)


def safe_cell(text: str) -> str:
    """A cell a spreadsheet will not run as a formula: a leading ``'`` before ``= + - @``, tab,
    carriage return or line feed (a spreadsheet may skip a leading line break and read what
    follows as a formula)."""
    return f"'{text}" if text.startswith(FORMULA_PREFIXES) else text


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join("" if item is None else str(item) for item in value)
    return str(value)


def result_row(
    created_at: datetime,
    variables: Iterable[Any],
    answers: Iterable[StoredAnswer],
    columns: list[Column],
) -> list[str]:
    """A result's cells: an input's latest answer (its variable's value when the result kept
    one), a variable's value, lists joined with ", "."""
    values = {
        v["id"]: v["value"]
        for v in variables
        if isinstance(v, dict) and "id" in v and v.get("value") is not None
    }
    latest = {a.block_id: a.content for a in answers}
    cells: list[str] = []
    for column in columns:
        if column.kind == "date":
            cells.append(iso(created_at))
            continue
        from_variable = next((values[v] for v in column.variable_ids if v in values), None)
        if from_variable is not None:
            cells.append(safe_cell(_text(from_variable)))
            continue
        answer = next((latest[b] for b in reversed(column.block_ids) if b in latest), None)
        cells.append(safe_cell(_text(answer)))
    return cells


async def answered_block_ids(
    engine: AsyncEngine, *, typebot: Typebot, filters: ResultFilters
) -> list[str]:
    """The blocks no longer in the bot that the exported results answered (their columns).

    The bot's per-day totals name every block its results ever answered, in a few thousand
    rows; only those gone from the draft are then looked for among the exported results."""
    async with engine.connect() as conn:
        ever = await conn.scalars(
            select(ResultPathDay.item_id)
            .distinct()
            .where(
                ResultPathDay.typebot_id == typebot.id,
                ResultPathDay.kind == PathKind.ANSWER,
                ResultPathDay.total != 0,
            )
        )
        known = document_block_ids(typebot.content)
        answered = []
        for block_id in sorted(set(ever) - known):
            found = await conn.scalar(
                select(Answer.id)
                .join(Result, Result.id == Answer.result_id)
                .where(Answer.block_id == block_id, *filter_conditions(typebot.id, filters))
                .limit(1)
            )
            if found is not None:
                answered.append(block_id)
        return answered


async def csv_columns(
    engine: AsyncEngine, *, typebot: Typebot, filters: ResultFilters
) -> list[Column]:
    """The CSV columns of an export of ``typebot``'s results (its draft names the blocks)."""
    answered = await answered_block_ids(engine, typebot=typebot, filters=filters)
    return result_columns(
        typebot.content,
        answered_block_ids=answered,
        preferences=typebot.results_table_preferences,
    )


def file_name(typebot: Typebot, day: datetime, extension: str) -> str:
    """``typebot-{publicId}-{YYYY-MM-DD}.{extension}``, as Typebot names its exports."""
    # Public ids are chosen by users: only safe characters go into a header.
    slug = re.sub(r"[^A-Za-z0-9._-]", "_", typebot.public_id or typebot.id)
    return f"typebot-{slug}-{day:%Y-%m-%d}.{extension}"


async def _batches(
    engine: AsyncEngine, *, typebot_id: str, filters: ResultFilters
) -> AsyncIterator[ResultPageRows]:
    after: Cursor | None = None
    while True:
        async with engine.connect() as conn:
            page = await read_page_rows(
                conn, typebot_id=typebot_id, filters=filters, after=after, limit=EXPORT_BATCH
            )
        if page.results:
            yield page
        if page.next_cursor is None:
            return
        after = page.next_cursor


async def stream_csv(
    engine: AsyncEngine, *, typebot_id: str, filters: ResultFilters, columns: list[Column]
) -> AsyncIterator[str]:
    """The CSV text, a header line then one chunk per batch of results."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([safe_cell(c.label) for c in columns])
    yield buffer.getvalue()
    async for page in _batches(engine, typebot_id=typebot_id, filters=filters):
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerows(
            result_row(row.created_at, row.variables or [], page.answers.get(row.id, []), columns)
            for row in page.results
        )
        yield buffer.getvalue()


async def stream_jsonl(
    engine: AsyncEngine, *, typebot_id: str, filters: ResultFilters
) -> AsyncIterator[str]:
    """One JSON object per result (the API's result shape), one per line."""
    async for page in _batches(engine, typebot_id=typebot_id, filters=filters):
        yield "".join(
            json.dumps(
                read_result_row(row, page.answers).model_dump(mode="json"), ensure_ascii=False
            )
            + "\n"
            for row in page.results
        )
