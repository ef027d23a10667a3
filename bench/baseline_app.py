"""Baselines for ``bench/chat.py``: the cheapest requests the server stack can answer.

Run with ``uvicorn bench.baseline_app:create_app --factory --workers N``. It reads the same
``BOTLOOM_*`` environment variables as Botloom, so it talks to the same database:

- ``POST /hello`` validates a small JSON body with pydantic and echoes it (no database);
- ``POST /insert`` does one INSERT and one COMMIT into the ``bench_row`` table.

``create_table`` must run once before the server starts (workers would race to create it).
"""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from pydantic import BaseModel
from sqlalchemy import Column, DateTime, Integer, MetaData, String, Table, func, insert

from botloom.api.heap import settle_heap
from botloom.settings import get_settings
from botloom.store.db import create_engine

metadata = MetaData()

bench_row = Table(
    "bench_row",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("text", String(200), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)


class Hello(BaseModel):
    """The request and response body of both endpoints."""

    name: str
    text: str


class Inserted(BaseModel):
    """The id of the row ``/insert`` wrote."""

    id: int


async def create_table(url: str) -> None:
    """Create ``bench_row`` in the database at ``url`` if it is not there yet."""
    engine = create_engine(url)
    try:
        async with engine.begin() as conn:
            await conn.run_sync(metadata.create_all)
    finally:
        await engine.dispose()


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    engine = create_engine(get_settings().resolved_database_url)
    app.state.engine = engine
    settle_heap()  # the same garbage collection settings as Botloom's workers
    try:
        yield
    finally:
        await engine.dispose()


def create_app() -> FastAPI:
    """The baseline app, with a database engine built like Botloom's."""
    app = FastAPI(title="Botloom bench baseline", lifespan=_lifespan)

    @app.post("/hello")
    async def hello(body: Hello) -> Hello:
        return body

    @app.post("/insert")
    async def insert_row(body: Hello, request: Request) -> Inserted:
        async with request.app.state.engine.begin() as conn:
            result = await conn.execute(insert(bench_row).values(text=body.text))
        return Inserted(id=result.inserted_primary_key[0])

    return app
