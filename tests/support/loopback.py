"""aiohttp apps on loopback, standing in for internet services (providers, webhooks, Google)."""

import ssl
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from typing import Self

from aiohttp import web

from tests.support.postgres import free_port


@asynccontextmanager
async def serving(
    app: web.Application, port: int, *, ssl_context: ssl.SSLContext | None = None
) -> AsyncIterator[None]:
    """Serve ``app`` on ``127.0.0.1:port`` until the block ends."""
    runner = web.AppRunner(app, shutdown_timeout=1)
    await runner.setup()
    try:
        await web.TCPSite(runner, "127.0.0.1", port, ssl_context=ssl_context).start()
        yield
    finally:
        await runner.cleanup()


class LoopbackServer:
    """A stand-in, up while used as ``async with`` (or between ``start`` and ``stop``):
    subclasses add their routes."""

    def __init__(self) -> None:
        self.port = free_port()
        self._running = AsyncExitStack()

    def add_routes(self, app: web.Application) -> None:
        """Put the stand-in's handlers on ``app``."""
        raise NotImplementedError

    async def start(self) -> None:
        """Listen on ``127.0.0.1:port``."""
        app = web.Application()
        self.add_routes(app)
        await self._running.enter_async_context(serving(app, self.port))

    async def stop(self) -> None:
        """Stop listening."""
        await self._running.aclose()

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.stop()
