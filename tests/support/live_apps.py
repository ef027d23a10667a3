"""A live server with a test folder's own settings, and an HTTP client of it."""

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

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


def live_app_fixtures(client_name: str) -> tuple[Any, Any]:
    """The two fixtures of a test folder whose tests talk to their own live server: a
    session-wide ``live_app_server`` (``live_app`` with the folder's ``app_settings`` fixture, a
    dict of ``Settings`` fields) and a client of it named ``client_name`` (which takes ``db``, to
    arrange data and clean up after). Assign both in the folder's ``conftest.py``."""

    @pytest.fixture(scope="session")
    def live_app_server(
        database_url: str, tmp_path_factory: pytest.TempPathFactory, app_settings: dict[str, Any]
    ) -> Iterator[LiveServer]:
        with live_app(database_url, tmp_path_factory, **app_settings) as server:
            yield server

    @pytest.fixture(name=client_name)
    async def client(
        live_app_server: LiveServer, db: AsyncSession
    ) -> AsyncIterator[httpx.AsyncClient]:
        async with client_of(live_app_server.base_url) as http:
            yield http

    return live_app_server, client
