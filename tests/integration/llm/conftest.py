"""Fixtures of the LLM tests: a fake OpenAI-compatible and Anthropic API on loopback, and the
app on a live server that may call it (loopback allowed, short provider time limit)."""

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from tests.integration.llm.fake_llm import FakeLlmServer
from tests.support.live_apps import live_app_fixtures

SECRET = "0123456789abcdef0123456789abcdef"
LLM_TIMEOUT_S = 1.5


@pytest.fixture
async def fake_llm() -> AsyncIterator[FakeLlmServer]:
    """A fresh fake provider API for one test."""
    async with FakeLlmServer() as server:
        yield server


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    """A plain HTTP client for the provider clients under test."""
    async with httpx.AsyncClient() as client:
        yield client


@pytest.fixture(scope="session")
def app_settings() -> dict[str, Any]:
    """The live server may reach loopback (where the fakes listen), with credentials on; its
    JavaScript pool has a single place, so that code waiting for a second one would hang."""
    return {
        "encryption_secret": SECRET,
        "http_allowed_hosts": ["127.0.0.1"],
        "llm_timeout_seconds": LLM_TIMEOUT_S,
        "js_workers": 1,
        "js_isolates_per_worker": 1,
    }


live_app_server, chat = live_app_fixtures("chat")
