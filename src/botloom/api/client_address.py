"""Who is calling: the socket peer, or the client a trusted proxy names.

``BOTLOOM_TRUSTED_PROXIES`` is the one list that decides: the app applies uvicorn's proxy
headers middleware with it (``botloom serve`` turns uvicorn's own off), so ``request.client``
and ``request.url.scheme`` come from ``X-Forwarded-For`` and ``X-Forwarded-Proto`` only when the
peer is listed. Of the addresses in ``X-Forwarded-For`` the client is the last one no trusted
proxy owns: what a visitor writes into the header themselves stays to its left, unread.
"""

import ipaddress

from fastapi import FastAPI, Request
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from botloom.settings import Settings

IPV6_CLIENT_PREFIX = 64
"""One IPv6 client usually holds a whole /64, so limits count the /64, not each address."""


def install_trusted_proxies(app: FastAPI, settings: Settings) -> None:
    """Make ``request.client`` the visitor behind the proxies of ``settings.trusted_proxies``.
    Add it last, so that it is the outermost middleware and every other one sees the visitor."""
    if settings.trusted_proxies:
        app.add_middleware(
            ProxyHeadersMiddleware, trusted_hosts=[str(n) for n in settings.trusted_proxies]
        )


def client_address(request: Request) -> str:
    """The caller's address as rate limits count it: an IPv4 address, an IPv6 /64, or the raw
    peer name when it is no IP address (a Unix socket)."""
    host = request.client.host if request.client else ""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return host or "unknown"
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped:
            return str(address.ipv4_mapped)
        return str(ipaddress.ip_network(f"{address}/{IPV6_CLIENT_PREFIX}", strict=False))
    return str(address)
