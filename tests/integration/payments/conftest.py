"""Fixtures of the payment input tests: a fake Stripe API, and the app calling it."""

from collections.abc import AsyncIterator
from typing import Any

import pytest

from tests.support.fake_stripe import FakeStripe
from tests.support.live_apps import live_app_fixtures

SECRET = "fedcba9876543210fedcba9876543210"


@pytest.fixture(scope="session")
async def stripe_api() -> AsyncIterator[FakeStripe]:
    """The fake Stripe API, up for the whole run (the app's settings point at it)."""
    async with FakeStripe() as server:
        yield server


@pytest.fixture(scope="session")
def app_settings(stripe_api: FakeStripe) -> dict[str, Any]:
    """The live server has credentials on and calls the fake Stripe API."""
    return {"encryption_secret": SECRET, "stripe_api_base": stripe_api.url}


live_app_server, chat = live_app_fixtures("chat")
