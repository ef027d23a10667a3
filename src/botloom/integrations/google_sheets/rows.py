"""Rows of a sheet as records keyed by header, and the block's filter over them."""

import random
from collections.abc import Callable

from botloom.engine.blocks.integrations.google_sheets.schema import (
    SheetCell,
    SheetFilter,
    TotalRowsToExtract,
)
from botloom.engine.conditions import evaluate_condition
from botloom.engine.templating import TemplateContext
from botloom.engine.variables import VariableStore
from botloom.integrations.plugins.base import IntegrationError
from botloom.schema.conditions import Comparison, Condition

Record = dict[str, str]

_NO_VARIABLES = TemplateContext.from_store(VariableStore.of([]))


def records(rows: list[list[str]]) -> tuple[list[str], list[Record]]:
    """The header and the rows below it, each as ``{column: cell}`` (missing cells empty)."""
    if not rows or not any(rows[0]):
        raise IntegrationError("Google Sheets: the sheet has no header row")
    header = rows[0]
    return header, [
        {column: row[i] if i < len(row) else "" for i, column in enumerate(header)}
        for row in rows[1:]
    ]


def matches(record: Record, sheet_filter: SheetFilter) -> bool:
    """Whether a row passes the filter; no comparisons lets every row through. Comparison values
    arrive substituted, and compare as a condition's would (docs/engine.md §4)."""
    if not sheet_filter.comparisons:
        return True
    condition = Condition(
        logical_operator=sheet_filter.logical_operator,
        comparisons=[
            Comparison(
                id=c.id,
                variable_id=c.column,
                comparison_operator=c.comparison_operator,
                value=c.value,
            )
            for c in sheet_filter.comparisons
        ],
    )
    return evaluate_condition(condition, lambda column: record.get(column), _NO_VARIABLES)


def pick(
    found: list[Record], total: TotalRowsToExtract, choose: Callable[[list[Record]], Record]
) -> list[Record]:
    """The rows to read among those found."""
    if not found or total == TotalRowsToExtract.ALL:
        return found
    if total == TotalRowsToExtract.FIRST:
        return found[:1]
    if total == TotalRowsToExtract.LAST:
        return found[-1:]
    return [choose(found)]


def random_row(found: list[Record]) -> Record:
    """One of the rows, at random (the "Random" choice)."""
    return random.choice(found)  # noqa: S311 (not for security)


def row_values(header: list[str], record: Record, cells: list[SheetCell]) -> list[str]:
    """A whole row in header order: the record's cells with ``cells`` written over them."""
    updated = dict(record)
    for cell in cells:
        if cell.column in updated or cell.column in header:
            updated[cell.column or ""] = cell.value or ""
    return [updated.get(column, "") for column in header]
