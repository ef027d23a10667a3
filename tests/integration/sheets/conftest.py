"""Fixtures of the Google Sheets tests: a fake Sheets API, and the app calling it."""

from collections.abc import AsyncIterator
from typing import Any

import pytest

from tests.integration.sheets.fake_sheets import CLIENT_ID, CLIENT_SECRET, FakeSheetsServer
from tests.support.live_apps import live_app_fixtures

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
def app_settings(sheets_api: FakeSheetsServer) -> dict[str, Any]:
    """The live server has credentials on and calls the fake Sheets API."""
    return {
        "encryption_secret": SECRET,
        "http_allowed_hosts": ["127.0.0.1"],
        "google_sheets_api_base": sheets_api.base_url,
        "google_oauth_token_url": sheets_api.token_url,
        "google_client_id": CLIENT_ID,
        "google_client_secret": CLIENT_SECRET,
        "llm_timeout_seconds": 3,
    }


live_app_server, chat = live_app_fixtures("chat")
