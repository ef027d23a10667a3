"""Bots' pages on their custom domains: a request whose ``Host`` is a verified custom domain is
served the page of the bot at that host and path, as if it had asked for ``/{publicId}``.

The chat API, widget files and uploads keep their paths on every host, so the page's widget
talks to this same server. Hosts that are neither this server's nor a verified domain get a plain
page saying so (when ``BOTLOOM_PUBLIC_URL`` says which host is this server's).
"""

import ipaddress
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.datastructures import Headers
from starlette.responses import HTMLResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from botloom.domain.custom_domains.service import verified_domain
from botloom.settings import Settings
from botloom.store.models import Typebot
from botloom.web import render

ORIGINAL_PATH = "custom_domain_path"
"""Key of ``request.state`` holding the path the visitor asked for on a custom domain."""

_SHARED_PREFIXES = ("/api/", "/static/", "/files/", "/docs", "/openapi.json", "/favicon.ico")
_LOCAL_NAMES = frozenset({"localhost", "testserver"})


def _host_name(host: str) -> str:
    if host.startswith("["):
        return host[1:].partition("]")[0]
    return (host.rpartition(":")[0] if host.count(":") == 1 else host).lower().removesuffix(".")


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


class CustomDomainPages:
    """Routes page requests on custom domains to their bot's page (see the module)."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        configured = (settings.public_url, settings.files_base_url)
        self.own_hosts = {urlsplit(url).hostname for url in configured if url} - {None}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] not in ("GET", "HEAD")
            or scope["path"].startswith(_SHARED_PREFIXES)
        ):
            await self.app(scope, receive, send)
            return
        name = _host_name(Headers(scope=scope).get("host", ""))
        if not name or name in _LOCAL_NAMES or name in self.own_hosts or _is_ip(name):
            await self.app(scope, receive, send)
            return
        factory: async_sessionmaker[AsyncSession] = scope["app"].state.session_factory
        async with factory() as db:
            domain = await verified_domain(db=db, host=name)
            path = scope["path"].strip("/")
            public_id = None
            if domain is not None:
                address = f"{domain.name}/{path}" if path else domain.name
                public_id = await db.scalar(
                    select(Typebot.public_id).where(
                        Typebot.custom_domain == address, Typebot.is_archived.is_(False)
                    )
                )
        if public_id:
            state = {**scope.get("state", {}), ORIGINAL_PATH: "/" + path}
            page = f"/{public_id}"
            await self.app(
                {**scope, "path": page, "raw_path": page.encode(), "state": state}, receive, send
            )
            return
        if domain is None and not self.own_hosts:
            # Without a public URL every other host may be this server behind some proxy.
            await self.app(scope, receive, send)
            return
        await _notice(domain is not None)(scope, receive, send)


def _notice(known_domain: bool) -> HTMLResponse:
    if known_domain:
        heading, message = "Bot not found", "No bot is published at this address."
    else:
        heading = "Unknown address"
        message = "This domain is not connected to a bot. Check the link you followed."
    page = render.notice_page(title=heading, heading=heading, message=message)
    headers = {**render.COMMON_HEADERS, "Content-Security-Policy": render.NOTICE_CSP}
    return HTMLResponse(page, status_code=404, headers=headers)
