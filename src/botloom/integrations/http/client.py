"""The guarded HTTP client: httpx whose every connection goes through the SSRF guard.

The guard sits where names become sockets: a custom httpcore network backend resolves the host
once, checks every address (``SsrfPolicy.resolve``) and connects to the checked address itself,
so there is no second lookup a rebinding DNS server could answer differently. TLS still verifies
and sends the host name (httpcore takes SNI from the URL, not from the socket). Redirects are
followed by httpx, at most 10, and each hop opens its connection through the same backend.
Cookies are never kept between requests: one client serves every bot.
"""

import asyncio
import contextlib
import functools
import json
import ssl
from collections.abc import Iterable, Mapping
from http.cookiejar import CookieJar, DefaultCookiePolicy
from typing import Any
from urllib.parse import quote, urlencode

import httpcore
import httpx

from botloom.engine.http import (
    ByteBudget,
    HttpProxy,
    HttpRequestData,
    HttpRequestError,
    HttpResponseData,
)
from botloom.integrations.http.guard import BlockedAddressError, SsrfPolicy, refusal

MAX_REDIRECTS = 10
MAX_RESPONSE_BYTES = 10 * 2**20
FETCH_TIMEOUT_S = 10.0
"""Time limit of one ``fetch`` from bot scripts (the script's own limit also applies)."""

_FORM_TYPE = "application/x-www-form-urlencoded"


@functools.cache
def ssl_context() -> ssl.SSLContext:
    """The process's one verifying SSL context: httpx's defaults (certifi's CAs, environment
    ignored). Building one costs milliseconds of CPU on the event loop, so clients share it.
    Only HTTP/1.1 clients may use it: httpcore sets ALPN on the context it is given."""
    return httpx.create_ssl_context(trust_env=False)


def _context_of(verify: ssl.SSLContext | bool) -> ssl.SSLContext:
    """The SSL context ``verify`` asks for: the shared one unless a caller brings its own."""
    if verify is True:
        return ssl_context()
    return httpx.create_ssl_context(verify=verify, trust_env=False)


class _GuardedNetworkBackend(httpcore.AsyncNetworkBackend):
    """Opens TCP connections only to addresses the policy allows, pinned to the checked one."""

    def __init__(self, policy: SsrfPolicy) -> None:
        self._policy = policy
        self._backend = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,  # noqa: ASYNC109 (httpcore's signature)
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        """Resolve and check ``host``, then connect to the checked addresses in turn (never
        resolving again, so the connection lands on an address that was checked)."""
        try:
            async with asyncio.timeout(timeout):
                addresses = await self._policy.resolve_all(host, port)
        except TimeoutError:
            raise httpcore.ConnectTimeout(f"resolving {host!r} took too long") from None
        except OSError as exc:
            raise httpcore.ConnectError(str(exc)) from exc
        for address in addresses[:-1]:
            with contextlib.suppress(httpcore.ConnectError):
                return await self._connect(address, port, timeout, local_address, socket_options)
        return await self._connect(addresses[-1], port, timeout, local_address, socket_options)

    async def _connect(
        self,
        address: str,
        port: int,
        timeout: float | None,  # noqa: ASYNC109 (passed on to httpcore)
        local_address: str | None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None,
    ) -> httpcore.AsyncNetworkStream:
        return await self._backend.connect_tcp(
            address,
            port,
            timeout=timeout,
            local_address=local_address,
            socket_options=socket_options,
        )

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,  # noqa: ASYNC109 (httpcore's signature)
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        """Never: bots only reach hosts over TCP."""
        raise BlockedAddressError(refusal("unix sockets"))

    async def sleep(self, seconds: float) -> None:
        """Sleep (httpcore uses it between retries)."""
        await self._backend.sleep(seconds)


class _GuardedTransport(httpx.AsyncHTTPTransport):
    """httpx's transport on a connection pool that connects through the guard: to the target,
    or, given a ``proxy``, to the proxy (whose address the guard checks the same way)."""

    def __init__(
        self,
        policy: SsrfPolicy,
        limits: httpx.Limits,
        verify: ssl.SSLContext | bool,
        proxy: HttpProxy | None = None,
    ) -> None:
        context = _context_of(verify)
        super().__init__(verify=context, trust_env=False, limits=limits)
        # httpx offers no public hook for the network backend, so the pool it built is replaced
        # by the same pool on the guarded backend.
        pool_options: dict[str, Any] = {
            "ssl_context": context,
            "max_connections": limits.max_connections,
            "max_keepalive_connections": limits.max_keepalive_connections,
            "keepalive_expiry": limits.keepalive_expiry,
            "network_backend": _GuardedNetworkBackend(policy),
        }
        if proxy is None:
            self._pool = httpcore.AsyncConnectionPool(**pool_options)
            return
        auth = None
        if proxy.username is not None or proxy.password is not None:
            auth = (proxy.username or "", proxy.password or "")
        # Plain-HTTP targets go to the proxy in absolute form, HTTPS ones through CONNECT.
        proxy_context = context if proxy.url.lower().startswith("https:") else None
        self._pool = httpcore.AsyncHTTPProxy(
            proxy_url=proxy.url, proxy_auth=auth, proxy_ssl_context=proxy_context, **pool_options
        )


def guarded_httpx_client(
    policy: SsrfPolicy,
    *,
    timeout: float | httpx.Timeout | None = 10.0,
    follow_redirects: bool = True,
    headers: Mapping[str, str] | None = None,
    limits: httpx.Limits | None = None,
    verify: ssl.SSLContext | bool = True,
    proxy: HttpProxy | None = None,
) -> httpx.AsyncClient:
    """An ``httpx.AsyncClient`` that can only reach what ``policy`` allows.

    Every request (each redirect hop too) has its URL and headers checked, and every connection
    is resolved, checked and pinned by the policy. A refused target raises
    :class:`BlockedAddressError` before any byte is sent. Environment proxies are ignored and no
    cookies are kept. ``verify``: an SSL context trusting more CAs (an internal one), or
    ``False`` to skip certificate checks. Usable as the ``http_client`` of SDKs built on httpx.

    ``proxy``: send every request through that forward proxy. The connection goes to the proxy
    (checked like any host); the target's name is resolved and checked here, before anything
    reaches the proxy, though the proxy then resolves it again itself.
    """

    async def check_request(request: httpx.Request) -> None:
        policy.check_url(str(request.url))
        policy.check_headers(request.headers.keys())
        if proxy is not None:
            await policy.resolve_all(request.url.host, request.url.port or _default_port(request))

    return httpx.AsyncClient(
        transport=_GuardedTransport(policy, limits or httpx.Limits(), verify, proxy),
        timeout=timeout,
        follow_redirects=follow_redirects,
        max_redirects=MAX_REDIRECTS,
        headers=headers,
        trust_env=False,
        cookies=CookieJar(policy=DefaultCookiePolicy(allowed_domains=[])),
        event_hooks={"request": [check_request]},
    )


def _default_port(request: httpx.Request) -> int:
    return 443 if request.url.scheme == "https" else 80


class GuardedHttpClient:
    """The server's client for requests bots make: the engine's ``http`` port, and ``fetch``
    in bot scripts. One per process; call :meth:`aclose` on shutdown."""

    def __init__(
        self,
        policy: SsrfPolicy,
        *,
        max_response_bytes: int = MAX_RESPONSE_BYTES,
        verify: ssl.SSLContext | bool = True,
    ) -> None:
        """``max_response_bytes``: larger responses fail with kind ``too_large``; ``verify``
        as for :func:`guarded_httpx_client`."""
        self.policy = policy
        self._max_bytes = max_response_bytes
        self._verify = verify
        self._client = guarded_httpx_client(policy, timeout=None, verify=verify)

    async def aclose(self) -> None:
        """Close pooled connections."""
        await self._client.aclose()

    async def send(self, request: HttpRequestData) -> HttpResponseData:
        """Send ``request``, follow redirects, and return the final response (any status).

        Raises:
            HttpRequestError: no response (refused target, timeout, network error, too large).
        """
        try:
            async with asyncio.timeout(request.timeout_s):
                return await self._send(request)
        except (TimeoutError, httpx.TimeoutException):
            raise HttpRequestError(
                "timeout", f"no response within {request.timeout_s:g} s"
            ) from None
        except BlockedAddressError as exc:
            raise HttpRequestError("blocked", str(exc)) from None
        except httpx.TooManyRedirects:
            raise HttpRequestError("network", f"more than {MAX_REDIRECTS} redirects") from None
        except (httpx.HTTPError, httpx.InvalidURL, OSError, ValueError) as exc:
            raise HttpRequestError("network", str(exc) or type(exc).__name__) from None

    async def _send(self, request: HttpRequestData) -> HttpResponseData:
        self.policy.check_url(request.url)
        headers = [(name.encode(), value.encode()) for name, value in request.headers]
        self.policy.check_headers(name for name, _ in request.headers)
        content = request.body
        if request.form is not None:
            content = urlencode(request.form).encode()
            if not any(name.lower() == "content-type" for name, _ in request.headers):
                headers.append((b"content-type", _FORM_TYPE.encode()))
        url = _with_query(httpx.URL(request.url), request.query)
        async with contextlib.AsyncExitStack() as stack:
            client = self._client
            if request.proxy is not None:
                # A client of its own: its pool's connections all go to this proxy.
                client = await stack.enter_async_context(
                    guarded_httpx_client(
                        self.policy, timeout=None, verify=self._verify, proxy=request.proxy
                    )
                )
            response = await stack.enter_async_context(
                client.stream(request.method, url, headers=headers, content=content)
            )
            body = await read_at_most(response, self._max_bytes, request.budget)
        return HttpResponseData(
            status_code=response.status_code,
            headers={k.lower(): v for k, v in response.headers.items()},
            body=body,
        )

    async def fetch_text(
        self, url: str, options: Mapping[str, Any], budget: ByteBudget | None = None
    ) -> str:
        """``fetch(url, options)`` of bot scripts: Typebot's sandbox ``fetch`` resolves to the
        response text whatever the status. ``options``: ``method``, ``headers``, ``body``;
        ``budget``: the bytes the turn's fetches may still read, shared by all of them."""
        body = options.get("body")
        if body is not None and not isinstance(body, str):
            body = json.dumps(body)
        request = HttpRequestData(
            method=str(options.get("method") or "GET").upper(),
            url=url,
            headers=_header_pairs(options.get("headers")),
            body=body.encode() if isinstance(body, str) else None,
            timeout_s=FETCH_TIMEOUT_S,
            budget=budget,
        )
        try:
            return (await self.send(request)).text
        except HttpRequestError as exc:
            raise RuntimeError(str(exc)) from None


async def read_at_most(
    response: httpx.Response, max_bytes: int, budget: ByteBudget | None = None
) -> bytes:
    """The body of a streamed ``response``, refused (kind ``too_large``) as soon as it is
    declared or found to be larger than ``max_bytes``, or than what is left of ``budget``
    (which the body's bytes are taken from as they arrive)."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise HttpRequestError("too_large", f"response larger than {max_bytes} bytes")
    if budget is not None and declared.isdigit() and int(declared) > budget.remaining:
        raise budget.exceeded()
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise HttpRequestError("too_large", f"response larger than {max_bytes} bytes")
        if budget is not None:
            budget.take(len(chunk))
        chunks.append(chunk)
    return b"".join(chunks)


def _with_query(url: httpx.URL, pairs: list[tuple[str, str]]) -> httpx.URL:
    """``url`` with ``pairs`` appended to its own query (keys may repeat)."""
    if not pairs:
        return url
    added = urlencode(pairs, quote_via=quote)
    query = url.query.decode("ascii")
    return url.copy_with(query=(f"{query}&{added}" if query else added).encode("ascii"))


def _header_pairs(headers: object) -> list[tuple[str, str]]:
    """Headers given by a script: an object, or a list of ``[name, value]`` pairs."""
    if isinstance(headers, Mapping):
        return [(str(k), str(v)) for k, v in headers.items()]
    if isinstance(headers, list):
        return [(str(p[0]), str(p[1])) for p in headers if isinstance(p, list) and len(p) == 2]
    return []
