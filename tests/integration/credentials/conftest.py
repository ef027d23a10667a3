"""A live server that stores credentials and connects Google Sheets through a fake Google."""

from collections.abc import AsyncIterator
from typing import Any

import pytest

from tests.support.fake_google import FakeGoogle
from tests.support.live_apps import live_app_fixtures

SECRET = "fedcba9876543210fedcba9876543210"


@pytest.fixture(scope="session")
async def google_server() -> AsyncIterator[FakeGoogle]:
    """The fake Google, up for the whole run (the app's settings point at it)."""
    async with FakeGoogle() as server:
        yield server


@pytest.fixture
def google(google_server: FakeGoogle) -> FakeGoogle:
    """The fake Google, with no code handed out yet."""
    google_server.reset()
    return google_server


@pytest.fixture(scope="session")
def app_settings(google_server: FakeGoogle) -> dict[str, Any]:
    """Settings of this folder's live server."""
    return {"encryption_secret": SECRET, **google_server.settings()}


live_app_server, client = live_app_fixtures("client")
