"""A live server with a test folder's own settings, and an HTTP client of it."""

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import httpx
import pytest

from botloom.settings import Settings
from tests.support.live_server import LiveServer, start_live_server


@contextmanager
def live_app(
    database_url: str, tmp_path_factory: pytest.TempPathFactory, **settings: Any
) -> Iterator[LiveServer]:
    """The app on loopback, on the database under test with a data folder of its own and
    ``settings`` (``Settings`` fields) on top; stopped on exit."""
    server = start_live_server(
        Settings(database_url=database_url, data_dir=tmp_path_factory.mktemp("data"), **settings)
    )
    try:
        yield server
    finally:
        server.stop()


@asynccontextmanager
async def client_of(base_url: str) -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client of a live server (or a proxy in front of one)."""
    async with httpx.AsyncClient(base_url=base_url, timeout=30) as client:
        yield client
