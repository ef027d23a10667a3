"""A live server that can store credentials (an encryption secret), for the access tests."""

from typing import Any

import pytest

from tests.support.live_apps import live_app_fixtures

SECRET = "0123456789abcdef0123456789abcdef"


@pytest.fixture(scope="session")
def app_settings() -> dict[str, Any]:
    """Settings of this folder's live server (a Google client, to start connecting Sheets)."""
    return {
        "encryption_secret": SECRET,
        "google_client_id": "matrix-client",
        "google_client_secret": "matrix-secret",
    }


live_app_server, client = live_app_fixtures("client")
