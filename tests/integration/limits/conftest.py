"""Live apps with short rate limits, a bot to chat with, and a throwaway Redis server."""

import shutil
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from tests.support.bots import bot_document, edge, group, text_block, text_input
from tests.support.factories import make_member
from tests.support.live_apps import client_of, live_app
from tests.support.publishing import publisher
from tests.support.redis_server import RedisServer, start_redis
from tests.support.requirements import missing

PUBLIC_ID = "echo"
ORIGIN = "https://shop.example.com"

LimitedApp = Any
"""``limited_app(**settings)``: an async context manager giving a client of a new live app."""


def echo_bot() -> dict[str, Any]:
    """Asks for a word, again and again: a session that takes any number of replies."""
    ask = group("g1", "Ask", [text_block("b1", "Say a word"), text_input("b2", "vword", "e1")])
    return bot_document("Echo", [{"id": "vword", "name": "Word"}], [ask], [edge("e1", "b2", "g1")])


@pytest.fixture
async def echo(db: AsyncSession) -> str:
    """The echo bot, published; its public id."""
    await publisher(db, await make_member(db))(echo_bot(), PUBLIC_ID, None)
    return PUBLIC_ID


@pytest.fixture
def limited_app(
    database_url: str, tmp_path_factory: pytest.TempPathFactory, db: AsyncSession
) -> LimitedApp:
    """Start live apps with rate limits on and ``settings`` on top, each stopped on exit."""

    @asynccontextmanager
    async def start(**settings: Any) -> AsyncIterator[httpx.AsyncClient]:
        settings = {"rate_limits_enabled": True, "js_workers": 1, **settings}
        with live_app(database_url, tmp_path_factory, **settings) as server:
            async with client_of(server.base_url) as client:
                yield client

    return start


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    """A Redis server for the whole run (required in CI, skipped elsewhere if absent)."""
    binary = shutil.which("redis-server")
    if binary is None:
        missing("redis-server is missing (apt-get install redis-server)")
    server = start_redis(binary)
    yield server
    server.stop()
