"""A forward HTTP proxy on loopback, standing in for a workspace's proxy.

It takes plain-HTTP requests in absolute form (``GET http://host:port/path``) and HTTPS through
``CONNECT host:port``, checks ``Proxy-Authorization`` when it is given a username and password
(407 otherwise), and records what went through it, so tests can tell that a request used the
proxy, or that nothing reached it.
"""

import asyncio
import base64
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from tests.support.postgres import free_port


@dataclass(frozen=True)
class ProxiedRequest:
    """One request the proxy received: its method, target and ``Proxy-Authorization``."""

    method: str
    target: str
    proxy_authorization: str | None


@dataclass
class FakeProxy:
    """The proxy's address, the sign-in it asks for, and the requests it received."""

    host: str
    port: int
    username: str | None = None
    password: str | None = None
    hosts: dict[str, str] = field(default_factory=dict)
    """Names the proxy resolves itself (as a proxy on the internet would resolve them)."""
    received: list[ProxiedRequest] = field(default_factory=list)

    @property
    def url(self) -> str:
        """The proxy's URL, as ``http proxy`` credentials hold it."""
        return f"http://{self.host}:{self.port}"

    def _authorized(self, header: str | None) -> bool:
        if self.username is None and self.password is None:
            return True
        pair = f"{self.username or ''}:{self.password or ''}".encode()
        return header == "Basic " + base64.b64encode(pair).decode()

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """Serve one client connection: one request, forwarded or tunnelled."""
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            method, target, version = lines[0].split(" ", 2)
            headers = [tuple(line.split(":", 1)) for line in lines[1:] if ":" in line]
            auth = next((v.strip() for k, v in headers if k.lower() == "proxy-authorization"), None)
            self.received.append(ProxiedRequest(method, target, auth))
            if not self._authorized(auth):
                writer.write(
                    b"HTTP/1.1 407 Proxy Authentication Required\r\n"
                    b'Proxy-Authenticate: Basic realm="fake"\r\nContent-Length: 0\r\n'
                    b"Connection: close\r\n\r\n"
                )
                return
            if method == "CONNECT":
                host, port = target.rsplit(":", 1)
                upstream = await asyncio.open_connection(self.hosts.get(host, host), int(port))
                writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
                await _pipe(reader, writer, *upstream)
                return
            parts = urlsplit(target)
            host = parts.hostname or ""
            upstream = await asyncio.open_connection(self.hosts.get(host, host), parts.port or 80)
            path = parts.path or "/"
            kept = [
                f"{k}:{v}"
                for k, v in headers
                if not k.lower().startswith("proxy-") and k.lower() != "connection"
            ]
            forwarded = [f"{method} {path}{'?' + parts.query if parts.query else ''} {version}"]
            upstream[1].write(
                "\r\n".join([*forwarded, *kept, "Connection: close", "", ""]).encode("latin-1")
            )
            await _pipe(reader, writer, *upstream)
        except (ConnectionError, asyncio.IncompleteReadError, ValueError, OSError):
            pass
        finally:
            with contextlib.suppress(ConnectionError, OSError):
                writer.close()


async def _copy(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    with contextlib.suppress(ConnectionError, OSError):
        while chunk := await reader.read(65536):
            writer.write(chunk)
            await writer.drain()
        if writer.can_write_eof():
            writer.write_eof()


async def _pipe(
    client_reader: asyncio.StreamReader,
    client_writer: asyncio.StreamWriter,
    upstream_reader: asyncio.StreamReader,
    upstream_writer: asyncio.StreamWriter,
) -> None:
    """Copy both ways until the upstream side is done (the client's side then ends too)."""
    to_upstream = asyncio.create_task(_copy(client_reader, upstream_writer))
    try:
        await _copy(upstream_reader, client_writer)
    finally:
        to_upstream.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await to_upstream
        upstream_writer.close()


@contextlib.asynccontextmanager
async def fake_proxy(
    username: str | None = None, password: str | None = None
) -> AsyncIterator[FakeProxy]:
    """A running proxy on 127.0.0.1; ``username``/``password``: the sign-in it asks for."""
    proxy = FakeProxy(host="127.0.0.1", port=free_port(), username=username, password=password)
    server = await asyncio.start_server(proxy.handle, proxy.host, proxy.port)
    try:
        yield proxy
    finally:
        server.close()
        await server.wait_closed()
