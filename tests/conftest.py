"""Fixtures: the databases (SQLite and a real PostgreSQL), the app on a live server, factories."""

import os
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from botloom.settings import Settings
from botloom.store.db import create_engine, session_factory
from botloom.store.migrate import upgrade
from botloom.store.models import Base
from tests.support.fake_dns import FakeDns, fake_dns
from tests.support.live_server import LiveServer, start_live_server
from tests.support.postgres import PostgresServer, find_pg_bin, start_postgres

BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """A PostgreSQL server for the whole run (required in CI, skipped elsewhere if absent)."""
    bin_dir = find_pg_bin()
    if bin_dir is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL server binaries are missing (apt-get install postgresql)")
        pytest.skip("PostgreSQL server binaries are not installed")
    server = start_postgres(bin_dir)
    yield server
    server.stop()


@pytest.fixture(scope="session", params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A migrated database on each backend, shared by the tests of the run."""
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('sqlite') / 'botloom.db'}"
    else:
        server: PostgresServer = request.getfixturevalue("postgres")
        server.create_database("botloom_test")
        url = server.url("botloom_test")
    upgrade(url)
    return url


@pytest.fixture(scope="session")
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    """The test process's own engine on the database under test."""
    engine = create_engine(database_url)
    yield engine
    await engine.dispose()


async def _empty_tables(engine: AsyncEngine) -> None:
    tables = list(reversed(Base.metadata.sorted_tables))
    async with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            names = ", ".join(f'"{t.name}"' for t in tables)
            await conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        else:
            for table in tables:
                await conn.execute(table.delete())


@pytest.fixture
async def db(engine: AsyncEngine) -> AsyncIterator[AsyncSession]:
    """A session on an empty database; every table is emptied after the test."""
    async with session_factory(engine)() as session:
        yield session
    await _empty_tables(engine)


@pytest.fixture(scope="session")
def dns_server() -> Iterator[FakeDns]:
    """A DNS server on loopback standing in for the internet's (custom-domain checks)."""
    with fake_dns() as server:
        yield server


@pytest.fixture(scope="session")
def live_server(
    database_url: str, tmp_path_factory: pytest.TempPathFactory, dns_server: FakeDns
) -> Iterator[LiveServer]:
    """The app served over HTTP on loopback, on the database under test."""
    settings = Settings(
        database_url=database_url,
        data_dir=tmp_path_factory.mktemp("data"),
        dns_nameservers=[dns_server.address],
    )
    server = start_live_server(settings)
    yield server
    server.stop()


@pytest.fixture
async def client(live_server: LiveServer, db: AsyncSession) -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client of the live server (with ``db`` to arrange data and clean up after)."""
    async with httpx.AsyncClient(base_url=live_server.base_url, timeout=30) as http:
        yield http
