"""A live server with a small upload limit and a known signing secret (to forge expired and
tampered tokens with the real signer), on SQLite and PostgreSQL."""

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.settings import Settings
from tests.support.live_server import LiveServer, start_live_server

MAX_BYTES = 2048
SECRET = "uploads-test-secret-0123456789abcdef"


@dataclass
class UploadsServer:
    """The live server and its data folder."""

    server: LiveServer
    data_dir: Path


@pytest.fixture(scope="session")
def uploads_server(
    database_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[UploadsServer]:
    """The app on loopback with ``upload_max_bytes=MAX_BYTES`` and ``SECRET``."""
    data_dir = tmp_path_factory.mktemp("uploads-data")
    settings = Settings(
        database_url=database_url,
        data_dir=data_dir,
        upload_max_bytes=MAX_BYTES,
        upload_signing_secret=SECRET,
    )
    server = start_live_server(settings)
    yield UploadsServer(server=server, data_dir=data_dir)
    server.stop()


@pytest.fixture
async def http(uploads_server: UploadsServer, db: AsyncSession) -> AsyncIterator[httpx.AsyncClient]:
    """A client of that server (with ``db`` to arrange bots and clean up after)."""
    base_url = uploads_server.server.base_url
    async with httpx.AsyncClient(base_url=base_url, timeout=30) as client:
        yield client
