"""Fixtures of the Google Sheets tests: a fake Sheets API, and the app calling it."""

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from tests.integration.sheets.fake_sheets import CLIENT_ID, CLIENT_SECRET, FakeSheetsServer
from tests.support.live_apps import client_of, live_app
from tests.support.live_server import LiveServer

SECRET = "abcdef0123456789abcdef0123456789"


@pytest.fixture(scope="session")
async def sheets_api() -> AsyncIterator[FakeSheetsServer]:
    """The fake Sheets API, up for the whole run (the app's settings point at it)."""
    async with FakeSheetsServer() as server:
        yield server


@pytest.fixture
def fake_sheets(sheets_api: FakeSheetsServer) -> FakeSheetsServer:
    """The fake Sheets API, empty for this test."""
    sheets_api.reset()
    return sheets_api


@pytest.fixture(scope="session")
def sheets_live_server(
    database_url: str, tmp_path_factory: pytest.TempPathFactory, sheets_api: FakeSheetsServer
) -> Iterator[LiveServer]:
    """The app with credentials on, calling the fake Sheets API."""
    with live_app(
        database_url,
        tmp_path_factory,
        encryption_secret=SECRET,
        http_allowed_hosts=["127.0.0.1"],
        google_sheets_api_base=sheets_api.base_url,
        google_oauth_token_url=sheets_api.token_url,
        google_client_id=CLIENT_ID,
        google_client_secret=CLIENT_SECRET,
        llm_timeout_seconds=3,
    ) as server:
        yield server


@pytest.fixture
async def chat(
    sheets_live_server: LiveServer, db: AsyncSession
) -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client of that server (with ``db`` to arrange data and clean up after)."""
    async with client_of(sheets_live_server.base_url) as client:
        yield client
