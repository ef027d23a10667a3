"""Fixtures of the LLM tests: a fake OpenAI-compatible and Anthropic API on loopback, and the
app on a live server that may call it (loopback allowed, short provider time limit)."""

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from tests.integration.llm.fake_llm import FakeLlmServer
from tests.support.live_apps import client_of, live_app
from tests.support.live_server import LiveServer

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
def llm_live_server(
    database_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServer]:
    """The app, allowed to reach loopback (where the fakes listen), with credentials on."""
    with live_app(
        database_url,
        tmp_path_factory,
        encryption_secret=SECRET,
        http_allowed_hosts=["127.0.0.1"],
        llm_timeout_seconds=LLM_TIMEOUT_S,
    ) as server:
        yield server


@pytest.fixture
async def chat(llm_live_server: LiveServer, db: AsyncSession) -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client of that server (with ``db`` to arrange data and clean up after)."""
    async with client_of(llm_live_server.base_url) as client:
        yield client
