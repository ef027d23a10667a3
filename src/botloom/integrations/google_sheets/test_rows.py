"""Tests of reading sheet rows and filtering them."""

from typing import Any

import pytest

from botloom.engine.blocks.integrations.google_sheets.schema import (
    SheetCell,
    SheetFilter,
    TotalRowsToExtract,
)
from botloom.integrations.google_sheets.api import a1_range
from botloom.integrations.google_sheets.rows import matches, pick, records, row_values
from botloom.integrations.plugins.base import IntegrationError

ROWS = [["Email", "Age"], ["a@x.io", "31"], ["b@x.io"], ["c@y.io", "17"]]


def test_records_fill_missing_cells() -> None:
    header, rows = records(ROWS)
    assert header == ["Email", "Age"]
    assert rows[1] == {"Email": "b@x.io", "Age": ""}


@pytest.mark.parametrize("rows", [[], [[]], [["", ""]]])
def test_a_sheet_needs_a_header(rows: list[list[str]]) -> None:
    with pytest.raises(IntegrationError, match="no header row"):
        records(rows)


def _filter(*comparisons: tuple[str, str, str], logical: str = "AND") -> SheetFilter:
    return SheetFilter.model_validate(
        {
            "comparisons": [
                {"id": str(i), "column": c, "comparisonOperator": o, "value": v}
                for i, (c, o, v) in enumerate(comparisons)
            ],
            "logicalOperator": logical,
        }
    )


@pytest.mark.parametrize(
    ("sheet_filter", "emails"),
    [
        (_filter(), ["a@x.io", "b@x.io", "c@y.io"]),
        (_filter(("Email", "Equal to", "b@x.io")), ["b@x.io"]),
        (_filter(("Email", "Ends with", "x.io"), ("Age", "Greater than", "20")), ["a@x.io"]),
        (
            _filter(("Age", "Less than", "18"), ("Email", "Contains", "B@"), logical="OR"),
            ["b@x.io", "c@y.io"],
        ),
        (_filter(("Age", "Is empty", "")), ["b@x.io"]),
        (_filter(("Nope", "Is set", "")), []),
    ],
)
def test_filters(sheet_filter: SheetFilter, emails: list[str]) -> None:
    _header, rows = records(ROWS)
    assert [r["Email"] for r in rows if matches(r, sheet_filter)] == emails


@pytest.mark.parametrize(
    ("total", "picked"),
    [
        (TotalRowsToExtract.ALL, ["1", "2", "3"]),
        (TotalRowsToExtract.FIRST, ["1"]),
        (TotalRowsToExtract.LAST, ["3"]),
        (TotalRowsToExtract.RANDOM, ["2"]),
    ],
)
def test_pick(total: TotalRowsToExtract, picked: list[str]) -> None:
    found = [{"n": "1"}, {"n": "2"}, {"n": "3"}]
    assert [r["n"] for r in pick(found, total, lambda rows: rows[1])] == picked


def test_row_values_follow_the_header_and_ignore_unknown_columns() -> None:
    cells = [
        SheetCell(id="1", column="Age", value="40"),
        SheetCell(id="2", column="Other", value="x"),
    ]
    assert row_values(["Email", "Age"], {"Email": "a", "Age": "1"}, cells) == ["a", "40"]
    assert row_values(["Email", "Age"], {}, cells) == ["", "40"]


@pytest.mark.parametrize(
    ("title", "cells", "expected"),
    [("Sheet1", "", "'Sheet1'"), ("Bob's", "A3", "'Bob''s'!A3")],
)
def test_a1_ranges(title: str, cells: str, expected: Any) -> None:
    assert a1_range(title, cells) == expected
