"""Google Sheets block: reads, inserts or updates rows of a spreadsheet.

One options model holds the fields of every action. Defaults follow Typebot's
``packages/blocks/integrations/src/googleSheets/constants.ts``.
"""

from enum import StrEnum
from typing import Literal

from pydantic import Field

from botloom.engine.blocks.base import BlockBase
from botloom.schema.conditions import ComparisonOperator, LogicalOperator
from botloom.schema.model import DocModel


class GoogleSheetsAction(StrEnum):
    """What the block does with the sheet."""

    GET = "Get data from sheet"
    INSERT_ROW = "Insert a row"
    UPDATE_ROW = "Update a row"


class TotalRowsToExtract(StrEnum):
    """Which of the matching rows are read."""

    ALL = "All"
    FIRST = "First"
    LAST = "Last"
    RANDOM = "Random"


class SheetCell(DocModel):
    """A value (which may hold ``{{variables}}``) written into one column."""

    id: str
    column: str | None = None
    value: str | None = None


class SheetCellToExtract(DocModel):
    """A column read into a variable."""

    id: str
    column: str | None = None
    variable_id: str | None = None


class SheetComparison(DocModel):
    """One test on a column's value, to pick the rows to read or update."""

    id: str
    column: str | None = None
    comparison_operator: ComparisonOperator | None = None
    value: str | None = None


class SheetFilter(DocModel):
    """Comparisons joined by AND (the default) or OR."""

    comparisons: list[SheetComparison] = []
    logical_operator: LogicalOperator = LogicalOperator.AND


class GoogleSheetsOptions(DocModel):
    """Options of the Google Sheets block, all actions together."""

    credentials_id: str | None = None
    spreadsheet_id: str | None = None
    sheet_id: str | None = None
    action: GoogleSheetsAction | None = None
    cells_to_insert: list[SheetCell] = []
    cells_to_upsert: list[SheetCell] = []
    filter: SheetFilter = Field(default_factory=SheetFilter)
    cells_to_extract: list[SheetCellToExtract] = []
    total_rows_to_extract: TotalRowsToExtract = TotalRowsToExtract.ALL


class GoogleSheetsBlock(BlockBase):
    """Reads from or writes to a Google spreadsheet."""

    type: Literal["Google Sheets"]
    options: GoogleSheetsOptions = Field(default_factory=GoogleSheetsOptions)
