"""Tests of the Google Sheets block's document model."""

from typing import Any

import pytest
from pydantic import ValidationError

from botloom.engine.blocks.integrations.google_sheets.schema import (
    GoogleSheetsBlock,
    TotalRowsToExtract,
)
from botloom.schema.conditions import LogicalOperator

MINIMAL: dict[str, Any] = {"id": "b1", "type": "Google Sheets"}


def test_defaults_when_options_are_absent() -> None:
    block = GoogleSheetsBlock.model_validate(MINIMAL)
    assert block.options.action is None
    assert block.options.total_rows_to_extract == TotalRowsToExtract.ALL
    assert block.options.filter.logical_operator == LogicalOperator.AND
    assert block.options.cells_to_insert == []


@pytest.mark.parametrize(
    "raw",
    [
        MINIMAL,
        {
            **MINIMAL,
            "options": {
                "credentialsId": "c1",
                "spreadsheetId": "s1",
                "sheetId": "0",
                "action": "Get data from sheet",
                "filter": {
                    "comparisons": [
                        {
                            "id": "c1",
                            "column": "Email",
                            "comparisonOperator": "Equal to",
                            "value": "{{Email}}",
                        }
                    ],
                    "logicalOperator": "OR",
                },
                "cellsToExtract": [{"id": "x1", "column": "Name", "variableId": "v1"}],
                "totalRowsToExtract": "Last",
            },
        },
        {
            **MINIMAL,
            "options": {
                "action": "Insert a row",
                "cellsToInsert": [{"id": "x1", "column": "Name", "value": "{{Name}}"}],
            },
        },
        {
            **MINIMAL,
            "options": {
                "action": "Update a row",
                "cellsToUpsert": [{"id": "x1", "column": "Score", "value": "3"}],
            },
        },
    ],
)
def test_round_trip(raw: dict[str, Any]) -> None:
    assert GoogleSheetsBlock.model_validate(raw).model_dump(mode="json", exclude_unset=True) == raw


@pytest.mark.parametrize(
    "invalid",
    [
        {"options": {"action": "Delete a row"}},
        {"options": {"totalRowsToExtract": "Some"}},
        {"options": {"cellsToInsert": [{"column": "no id"}]}},
    ],
)
def test_rejects_invalid_values(invalid: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        GoogleSheetsBlock.model_validate({**MINIMAL, **invalid})
