"""The app on a live server with a short body time limit, for the tests of hostile input."""

from typing import Any

import pytest

from tests.support.live_apps import live_app_fixtures

BODY_TIMEOUT_S = 1.0
IMPORT_MAX_BYTES = 3 * 1024 * 1024


@pytest.fixture(scope="session")
def app_settings() -> dict[str, Any]:
    """Default body limits, but larger documents capped lower and slow bodies cut sooner."""
    return {"request_body_timeout_seconds": BODY_TIMEOUT_S, "import_max_bytes": IMPORT_MAX_BYTES}


live_app_server, guarded = live_app_fixtures("guarded")
