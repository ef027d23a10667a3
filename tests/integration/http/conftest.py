"""Local stand-ins for the internet services bots call, and a live server that may reach them.

``webhook_server`` is an aiohttp app on 127.0.0.1 that echoes requests, answers with any status,
redirects, stalls and sets cookies. ``forbidden_listener`` listens on 127.0.0.2, an address the
guard refuses, and records every connection, so a test can prove nothing reached it.
The live server's settings allow 127.0.0.1 (and only it) through ``http_allowed_hosts``.
"""

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiohttp import web

from tests.support.live_apps import live_app_fixtures
from tests.support.loopback import serving
from tests.support.postgres import free_port

CREDENTIALS_SECRET = "0123456789abcdef0123456789abcdef"


@dataclass
class WebhookServer:
    """The stand-in's address and the requests it received (newest last)."""

    base_url: str
    port: int
    requests: list[dict[str, Any]] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base_url + path


def _webhook_app(server: WebhookServer) -> web.Application:
    async def echo(request: web.Request) -> web.Response:
        body = await request.text()
        record = {
            "method": request.method,
            "path": request.path,
            "query": [[k, v] for k, v in request.query.items()],
            "headers": {k.lower(): v for k, v in request.headers.items()},
            "body": body,
        }
        server.requests.append(record)
        return web.json_response(record)

    async def status(request: web.Request) -> web.Response:
        await echo(request)
        code = int(request.match_info["code"])
        return web.json_response({"error": f"status {code}", "code": code}, status=code)

    async def slow(request: web.Request) -> web.Response:
        await echo(request)
        await asyncio.sleep(float(request.query.get("s", "5")))
        return web.json_response({"late": True})

    async def redirect(request: web.Request) -> web.Response:
        await echo(request)
        code = int(request.query.get("code", "302"))
        return web.Response(status=code, headers={"Location": request.query["to"]})

    async def loop(request: web.Request) -> web.Response:
        await echo(request)
        return web.Response(status=302, headers={"Location": "/loop"})

    async def text(request: web.Request) -> web.Response:
        await echo(request)
        return web.Response(text="plain words", content_type="text/plain")

    async def big(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse()
        await response.prepare(request)
        chunk = b"x" * 65536
        for _ in range(int(request.query.get("chunks", "40"))):
            await response.write(chunk)
        await response.write_eof()
        return response

    async def cookie(request: web.Request) -> web.Response:
        await echo(request)
        response = web.json_response({"set": True})
        response.set_cookie("session", "secret-of-another-bot")
        return response

    app = web.Application()
    app.router.add_route("*", "/echo", echo)
    app.router.add_route("*", "/echo/{tail:.*}", echo)
    app.router.add_route("*", "/status/{code}", status)
    app.router.add_route("*", "/slow", slow)
    app.router.add_route("*", "/redirect", redirect)
    app.router.add_route("*", "/loop", loop)
    app.router.add_route("*", "/text", text)
    app.router.add_route("*", "/big", big)
    app.router.add_route("*", "/cookie", cookie)
    return app


@pytest.fixture(scope="session")
async def webhook_server() -> AsyncIterator[WebhookServer]:
    """The webhook stand-in on 127.0.0.1, for the whole session."""
    port = free_port()
    server = WebhookServer(base_url=f"http://127.0.0.1:{port}", port=port)
    async with serving(_webhook_app(server), port):
        yield server


@pytest.fixture
def webhook(webhook_server: WebhookServer) -> WebhookServer:
    """The webhook stand-in with its request record emptied."""
    webhook_server.requests.clear()
    return webhook_server


@dataclass
class Listener:
    """A TCP listener that records connections and what they sent."""

    host: str
    port: int
    connections: int = 0
    received: bytes = b""


@pytest.fixture
async def forbidden_listener(webhook_server: WebhookServer) -> AsyncIterator[Listener]:
    """A listener on 127.0.0.2 (same port as the webhook stand-in) that answers like a server."""
    listener = Listener(host="127.0.0.2", port=webhook_server.port)

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        listener.connections += 1
        with contextlib.suppress(ConnectionError, TimeoutError):
            async with asyncio.timeout(2):
                listener.received += await reader.read(65536)
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 7\r\n\r\nleaked!")
            await writer.drain()
        writer.close()

    server = await asyncio.start_server(handle, listener.host, listener.port)
    yield listener
    server.close()
    await server.wait_closed()


@pytest.fixture(scope="session")
def app_settings() -> dict[str, Any]:
    """The live server may reach 127.0.0.1 (the webhook stand-in, the fake proxy) and nothing
    else private; credentials (the proxy's) are on."""
    return {"http_allowed_hosts": ["127.0.0.1"], "encryption_secret": CREDENTIALS_SECRET}


live_app_server, http_client = live_app_fixtures("http_client")
