"""A loopback server for scripts' ``fetch`` (bodies of any size, endless ones, slow ones),
and a live server with small JavaScript caps that may reach it."""

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web

from tests.support.live_apps import live_app_fixtures
from tests.support.loopback import LoopbackServer

APP_MESSAGE_MAX_BYTES = 2**16
"""The live server's cap on a message to or from a worker (the smallest allowed)."""
APP_FETCH_MAX_BYTES = 50_000
"""The live server's cap on the bytes a turn's fetches read."""


class BodyServer(LoopbackServer):
    """``/bytes?n=N``: N bytes with their length. ``/endless?size=S&pause=P``: a body that
    never ends, S bytes every P seconds (``hung_up`` is set when its client leaves)."""

    def __init__(self) -> None:
        super().__init__()
        self.hung_up = asyncio.Event()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def add_routes(self, app: web.Application) -> None:
        async def fixed(request: web.Request) -> web.Response:
            return web.Response(body=b"x" * int(request.query["n"]))

        async def endless(request: web.Request) -> web.StreamResponse:
            chunk = b"y" * int(request.query.get("size", "65536"))
            pause = float(request.query.get("pause", "0"))
            response = web.StreamResponse()
            await response.prepare(request)
            try:
                while True:
                    await response.write(chunk)
                    await asyncio.sleep(pause)
            finally:  # only a client that hangs up ends the loop
                self.hung_up.set()

        app.router.add_get("/bytes", fixed)
        app.router.add_get("/endless", endless)


@pytest.fixture
async def body_server() -> AsyncIterator[BodyServer]:
    """The body server, for one test."""
    async with BodyServer() as server:
        yield server


@pytest.fixture(scope="session")
def app_settings() -> dict[str, Any]:
    """Small JavaScript caps, and 127.0.0.1 (the body server) reachable by scripts."""
    return {
        "js_message_max_bytes": APP_MESSAGE_MAX_BYTES,
        "js_fetch_max_bytes": APP_FETCH_MAX_BYTES,
        "http_allowed_hosts": ["127.0.0.1"],
    }


live_app_server, chat_client = live_app_fixtures("chat_client")
