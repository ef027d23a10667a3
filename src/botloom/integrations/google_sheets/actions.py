"""The three actions of the Google Sheets block: get rows, insert a row, update rows."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from botloom.engine.blocks.integrations.google_sheets.schema import GoogleSheetsOptions
from botloom.integrations.google_sheets.api import SheetsApi
from botloom.integrations.google_sheets.auth import GoogleCredentials
from botloom.integrations.google_sheets.rows import (
    matches,
    pick,
    random_row,
    records,
    row_values,
)
from botloom.integrations.llm.outbound import outbound_http
from botloom.integrations.plugins.base import ActionContext, IntegrationError

SheetsContext = ActionContext[GoogleSheetsOptions, GoogleCredentials]


@asynccontextmanager
async def _sheet(ctx: SheetsContext) -> AsyncIterator[tuple[SheetsApi, str]]:
    """The API of the block's spreadsheet, and the title of its sheet."""
    options = ctx.options
    if ctx.credentials is None:
        raise IntegrationError("Google Sheets: no credentials selected")
    if not options.spreadsheet_id or options.sheet_id is None:
        raise IntegrationError("Google Sheets: no spreadsheet or sheet selected")
    settings = ctx.settings
    async with outbound_http(settings) as http:
        api = SheetsApi(http, settings, ctx.credentials, options.spreadsheet_id)
        yield api, await api.sheet_title(options.sheet_id)


async def get_rows(ctx: SheetsContext) -> None:
    """Read the matching rows' cells into variables: one value, or a list for several rows."""
    options = ctx.options
    async with _sheet(ctx) as (api, title):
        _header, rows = records(await api.rows(title))
    found = [row for row in rows if matches(row, options.filter)]
    if not found:
        raise IntegrationError("Google Sheets: couldn't find any rows matching the filter")
    selected = pick(found, options.total_rows_to_extract, random_row)
    for cell in options.cells_to_extract:
        values: list[str | None] = [row.get(cell.column or "") for row in selected]
        ctx.set_variable(cell.variable_id, values[0] if len(values) == 1 else values)


async def insert_row(ctx: SheetsContext) -> None:
    """Add a row with the block's cells under their columns."""
    options = ctx.options
    if not options.cells_to_insert:
        raise IntegrationError("Google Sheets: no cells to insert")
    async with _sheet(ctx) as (api, title):
        header, _rows = records(await api.rows(title))
        await api.append(title, row_values(header, {}, options.cells_to_insert))


async def update_rows(ctx: SheetsContext) -> None:
    """Write the block's cells into every row that matches the filter."""
    options = ctx.options
    if not options.cells_to_upsert:
        raise IntegrationError("Google Sheets: no cells to update")
    if not options.filter.comparisons:
        raise IntegrationError("Google Sheets: no filter to find the rows to update")
    async with _sheet(ctx) as (api, title):
        header, rows = records(await api.rows(title))
        updates = [
            # Row 1 is the header, so the i-th record is on row i + 2.
            (index + 2, row_values(header, row, options.cells_to_upsert))
            for index, row in enumerate(rows)
            if matches(row, options.filter)
        ]
        if not updates:
            raise IntegrationError("Google Sheets: couldn't find any rows to update")
        await api.write(title, updates)
