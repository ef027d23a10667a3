"""The few Google Sheets API v4 calls the block makes, at a configurable API base."""

from typing import Any
from urllib.parse import quote

import httpx

from botloom.integrations.google_sheets.auth import (
    GoogleCredentials,
    is_fresh,
    now_ms,
    refreshed_token,
)
from botloom.integrations.llm.http import json_object, send
from botloom.integrations.llm.redaction import redacted_details
from botloom.integrations.llm.types import LlmError
from botloom.integrations.plugins.base import IntegrationError
from botloom.settings import Settings

Rows = list[list[str]]


def a1_range(title: str, cells: str = "") -> str:
    """A range of a sheet in A1 notation, its title quoted as Sheets wants it."""
    quoted = "'" + title.replace("'", "''") + "'"
    return f"{quoted}!{cells}" if cells else quoted


class SheetsApi:
    """One spreadsheet, through one OAuth token (refreshed once if Google refuses it)."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        settings: Settings,
        credentials: GoogleCredentials,
        spreadsheet_id: str,
    ) -> None:
        self._http = http
        self._settings = settings
        self._credentials = credentials
        self._token = credentials.access_token if is_fresh(credentials, now_ms=now_ms()) else None
        self._base = (
            settings.google_sheets_api_base.rstrip("/")
            + "/v4/spreadsheets/"
            + quote(spreadsheet_id, safe="")
        )

    async def _request(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        for attempt in range(2):
            if self._token is None:
                self._token = await refreshed_token(self._http, self._credentials, self._settings)
            try:
                response = await send(
                    self._http,
                    method,
                    self._base + path,
                    headers={"Authorization": f"Bearer {self._token}"},
                    time_limit=self._settings.llm_timeout_seconds,
                    **kwargs,
                )
            except LlmError as exc:
                if exc.status == 401 and attempt == 0:
                    self._token = None
                    continue
                # A refreshed token is in no credentials ``keeping_secrets`` knows of.
                fresh = [self._token] if self._token else []
                raise IntegrationError(
                    "Google Sheets: " + exc.message.replace("The provider", "Google"),
                    redacted_details(exc.details, fresh),
                ) from None
            return json_object(response)
        raise AssertionError("unreachable")

    async def sheet_title(self, sheet_id: str) -> str:
        """The title of the sheet (tab) with that id."""
        data = await self._request("GET", "", params={"fields": "sheets.properties"})
        for sheet in data.get("sheets") or []:
            properties = sheet.get("properties") or {}
            if str(properties.get("sheetId")) == sheet_id:
                return str(properties.get("title"))
        raise IntegrationError("Google Sheets: sheet not found", f"No sheet with id {sheet_id}")

    async def rows(self, title: str) -> Rows:
        """Every row of the sheet, the header first (cells as their formatted text)."""
        data = await self._request("GET", "/values/" + quote(a1_range(title), safe=""))
        values = data.get("values") or []
        return [[str(cell) for cell in row] for row in values]

    async def append(self, title: str, row: list[str]) -> None:
        """Add a row after the last one."""
        await self._request(
            "POST",
            "/values/" + quote(a1_range(title), safe="") + ":append",
            params={"valueInputOption": "USER_ENTERED", "insertDataOption": "INSERT_ROWS"},
            json={"values": [row]},
        )

    async def write(self, title: str, updates: list[tuple[int, list[str]]]) -> None:
        """Overwrite whole rows, by 1-based row number."""
        await self._request(
            "POST",
            "/values:batchUpdate",
            json={
                "valueInputOption": "USER_ENTERED",
                "data": [
                    {"range": a1_range(title, f"A{number}"), "values": [row]}
                    for number, row in updates
                ],
            },
        )
