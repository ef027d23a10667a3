"""The real app on a real HTTP server on loopback, run in a thread of the test process."""

import asyncio
import threading
import time
from dataclasses import dataclass

import uvicorn
from starlette.types import ASGIApp

from botloom.api.app import create_app
from botloom.settings import Settings
from tests.support.postgres import free_port


@dataclass
class LiveServer:
    """A uvicorn server serving the Botloom app; ``base_url`` is where to reach it."""

    server: uvicorn.Server
    thread: threading.Thread
    base_url: str

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def serve_on_loopback(
    app: ASGIApp, name: str = "the test server", port: int | None = None
) -> LiveServer:
    """Serve an ASGI app on loopback (on ``port``, else a free one) and wait until it accepts
    requests."""
    port = port or free_port()
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=port,
        log_level="warning",
        lifespan="on",
        # As `botloom serve`: forwarded headers are the app's business (BOTLOOM_TRUSTED_PROXIES).
        proxy_headers=False,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=lambda: asyncio.run(server.serve()), daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError(f"{name} did not start")
        time.sleep(0.02)
    return LiveServer(server=server, thread=thread, base_url=f"http://127.0.0.1:{port}")


def start_live_server(settings: Settings) -> LiveServer:
    """Start the app and wait until it accepts requests. Its rate limits are off unless
    ``settings`` name ``rate_limits_enabled``: the suite is one loopback client making thousands
    of chats a minute (``tests/integration/limits`` tests the limits)."""
    if "rate_limits_enabled" not in settings.model_fields_set:
        settings = settings.model_copy(update={"rate_limits_enabled": False})
    return serve_on_loopback(create_app(settings))
