"""A stand-in for Google's Sheets API v4 and OAuth token endpoint, on loopback (aiohttp)."""

import re
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.support.loopback import LoopbackServer

CLIENT_ID = "client-id"
CLIENT_SECRET = "client-secret"
REFRESH_TOKEN = "refresh-me"


@dataclass
class Sheet:
    """One tab: its id, title and rows (the header first)."""

    sheet_id: int
    title: str
    rows: list[list[str]] = field(default_factory=list)


class FakeSheetsServer(LoopbackServer):
    """Spreadsheets by id; only requests with a token it issued are served."""

    def __init__(self) -> None:
        super().__init__()
        self.reset()

    def reset(self) -> None:
        """Forget every spreadsheet, token and request (between tests)."""
        self.spreadsheets: dict[str, list[Sheet]] = {}
        self.tokens = {"valid-token"}
        self.refreshes = 0
        self.requests: list[tuple[str, str]] = []
        self.echoes_token = False
        """Refuse every authorized metadata request with an error quoting the token."""

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def token_url(self) -> str:
        return f"{self.base_url}/token"

    def add_routes(self, app: web.Application) -> None:
        app.router.add_post("/token", self._token)
        app.router.add_get("/v4/spreadsheets/{sid}", self._metadata)
        app.router.add_post("/v4/spreadsheets/{sid}/values:batchUpdate", self._batch_update)
        app.router.add_get("/v4/spreadsheets/{sid}/values/{range}", self._values)
        app.router.add_post("/v4/spreadsheets/{sid}/values/{range}", self._append)

    async def _token(self, request: web.Request) -> web.Response:
        form = await request.post()
        if (form.get("client_id"), form.get("client_secret")) != (CLIENT_ID, CLIENT_SECRET):
            return web.json_response({"error": "invalid_client"}, status=401)
        if form.get("refresh_token") != REFRESH_TOKEN:
            return web.json_response({"error": "invalid_grant"}, status=400)
        self.refreshes += 1
        token = f"fresh-token-{self.refreshes}"
        self.tokens.add(token)
        return web.json_response({"access_token": token, "expires_in": 3599})

    def _authorized(self, request: web.Request) -> bool:
        self.requests.append((request.method, request.path))
        return request.headers.get("Authorization", "").removeprefix("Bearer ") in self.tokens

    def _sheet(self, request: web.Request, a1: str) -> Sheet | None:
        title = re.match(r"^'((?:[^']|'')*)'", a1)
        sheets = self.spreadsheets.get(request.match_info["sid"], [])
        wanted = title.group(1).replace("''", "'") if title else None
        return next((s for s in sheets if s.title == wanted), None)

    @staticmethod
    def _error(status: int, message: str) -> web.Response:
        return web.json_response({"error": {"code": status, "message": message}}, status=status)

    async def _metadata(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            return self._error(401, "Request had invalid authentication credentials.")
        if self.echoes_token:
            return self._error(403, f"The caller {request.headers['Authorization']} may not")
        sheets = self.spreadsheets.get(request.match_info["sid"])
        if sheets is None:
            return self._error(404, "Requested entity was not found.")
        return web.json_response(
            {"sheets": [{"properties": {"sheetId": s.sheet_id, "title": s.title}} for s in sheets]}
        )

    async def _values(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            return self._error(401, "Request had invalid authentication credentials.")
        sheet = self._sheet(request, request.match_info["range"])
        if sheet is None:
            return self._error(400, "Unable to parse range")
        return web.json_response({"range": request.match_info["range"], "values": sheet.rows})

    async def _append(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            return self._error(401, "Request had invalid authentication credentials.")
        a1 = request.match_info["range"]
        sheet = self._sheet(request, a1.removesuffix(":append"))
        if not a1.endswith(":append") or sheet is None:
            return self._error(400, "Unable to parse range")
        if request.query.get("valueInputOption") != "USER_ENTERED":
            return self._error(400, "valueInputOption is required")
        body: dict[str, Any] = await request.json()
        sheet.rows.extend(body["values"])
        return web.json_response({"updates": {"updatedRows": len(body["values"])}})

    async def _batch_update(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            return self._error(401, "Request had invalid authentication credentials.")
        body: dict[str, Any] = await request.json()
        for entry in body["data"]:
            sheet = self._sheet(request, entry["range"])
            number = re.search(r"!A(\d+)$", entry["range"])
            if sheet is None or number is None:
                return self._error(400, "Unable to parse range")
            index = int(number.group(1)) - 1
            while len(sheet.rows) <= index:
                sheet.rows.append([])
            sheet.rows[index] = entry["values"][0]
        return web.json_response({"totalUpdatedRows": len(body["data"])})
