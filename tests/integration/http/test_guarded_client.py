"""The guarded client against real servers on loopback: refusals happen before any byte is
sent, on every redirect, and the address checked is the address connected to (DNS rebinding)."""

import time

import httpx
import pytest

from botloom.engine.http import HttpRequestData, HttpRequestError, HttpResponseData
from botloom.integrations.http.client import GuardedHttpClient, guarded_httpx_client
from botloom.integrations.http.guard import BlockedAddressError, SsrfPolicy
from tests.integration.http.conftest import Listener, WebhookServer


class SwitchingResolver:
    """A DNS server that changes its answer after the first question (a rebinding attack)."""

    def __init__(self, first: list[str], then: list[str]) -> None:
        self.answers = [first, then]
        self.calls = 0

    async def __call__(self, host: str, port: int) -> list[str]:
        self.calls += 1
        return self.answers[min(self.calls - 1, 1)]


async def send(
    client: GuardedHttpClient,
    url: str,
    *,
    headers: list[tuple[str, str]] | None = None,
    query: list[tuple[str, str]] | None = None,
    timeout_s: float = 10.0,
) -> HttpResponseData:
    request = HttpRequestData(
        method="GET", url=url, headers=headers or [], query=query or [], timeout_s=timeout_s
    )
    return await client.send(request)


async def test_loopback_is_refused_before_any_byte_is_sent(forbidden_listener: Listener) -> None:
    client = GuardedHttpClient(SsrfPolicy())
    url = f"http://{forbidden_listener.host}:{forbidden_listener.port}/"
    with pytest.raises(HttpRequestError) as caught:
        await send(client, url)
    assert caught.value.kind == "blocked"
    assert forbidden_listener.connections == 0
    await client.aclose()


async def test_a_name_resolving_to_loopback_is_refused(forbidden_listener: Listener) -> None:
    resolver = SwitchingResolver(["127.0.0.2"], ["127.0.0.2"])
    client = GuardedHttpClient(SsrfPolicy(resolver=resolver))
    with pytest.raises(HttpRequestError) as caught:
        await send(client, f"http://innocent.example:{forbidden_listener.port}/")
    assert caught.value.kind == "blocked"
    assert "loopback addresses (127.0.0.0/8)" in str(caught.value)
    assert forbidden_listener.connections == 0
    await client.aclose()


async def test_dns_answer_changing_between_check_and_connect_cannot_rebind(
    webhook: WebhookServer, forbidden_listener: Listener
) -> None:
    """The first answer (allowed) is checked and connected to; the second answer (a refused
    address) is never asked for, so the request cannot land on it."""
    resolver = SwitchingResolver(["127.0.0.1"], ["127.0.0.2"])
    client = GuardedHttpClient(SsrfPolicy(["127.0.0.1"], resolver=resolver))
    response = await client.send(
        HttpRequestData(method="GET", url=f"http://rebind.example:{webhook.port}/echo")
    )
    assert response.status_code == 200
    assert webhook.requests[-1]["headers"]["host"] == f"rebind.example:{webhook.port}"
    assert resolver.calls == 1
    assert forbidden_listener.connections == 0
    await client.aclose()


async def test_rebinding_to_a_refused_address_on_a_new_connection_is_refused(
    webhook: WebhookServer, forbidden_listener: Listener
) -> None:
    """Each new connection resolves and checks again: the second answer is refused."""
    resolver = SwitchingResolver(["127.0.0.1"], ["127.0.0.2"])
    client = GuardedHttpClient(SsrfPolicy(["127.0.0.1"], resolver=resolver))
    first = await client.send(
        HttpRequestData(
            method="GET",
            url=f"http://rebind.example:{webhook.port}/echo",
            headers=[("Connection", "close")],
        )
    )
    assert first.status_code == 200
    with pytest.raises(HttpRequestError) as caught:
        await client.send(
            HttpRequestData(method="GET", url=f"http://rebind.example:{webhook.port}/echo")
        )
    assert caught.value.kind == "blocked"
    assert resolver.calls == 2
    assert forbidden_listener.connections == 0
    await client.aclose()


@pytest.mark.parametrize(
    "target",
    [
        "http://127.0.0.2:{port}/",
        "http://localhost:{port}/",
        "http://[::1]:{port}/",
        "http://[::ffff:127.0.0.2]:{port}/",
        "http://2130706434:{port}/",
        "http://169.254.169.254/latest/meta-data/",
        "http://metadata.google.internal/computeMetadata/v1/",
        "file:///etc/passwd",
    ],
)
@pytest.mark.parametrize("code", [301, 302, 303, 307, 308])
async def test_redirects_to_refused_addresses_are_not_followed(
    webhook: WebhookServer, forbidden_listener: Listener, target: str, code: int
) -> None:
    client = GuardedHttpClient(SsrfPolicy(["127.0.0.1"]))
    location = target.format(port=forbidden_listener.port)
    url = str(httpx.URL(webhook.url("/redirect"), params={"to": location, "code": code}))
    with pytest.raises(HttpRequestError) as caught:
        await send(client, url)
    assert caught.value.kind in {"blocked", "network"}
    assert caught.value.kind == "blocked" or target.startswith("file:")
    assert forbidden_listener.connections == 0
    assert forbidden_listener.received == b""
    await client.aclose()


async def test_allowed_redirects_are_followed_with_browser_method_rules(
    webhook: WebhookServer,
) -> None:
    client = GuardedHttpClient(SsrfPolicy(["127.0.0.1"]))
    to_echo = {"to": webhook.url("/echo/after")}
    for code, method in ((302, "GET"), (303, "GET"), (307, "POST"), (308, "POST")):
        url = str(httpx.URL(webhook.url("/redirect"), params={**to_echo, "code": code}))
        response = await client.send(HttpRequestData(method="POST", url=url, body=b"{}"))
        assert response.status_code == 200
        assert webhook.requests[-1]["path"] == "/echo/after"
        assert webhook.requests[-1]["method"] == method
    await client.aclose()


async def test_redirect_loops_stop_after_ten_hops(webhook: WebhookServer) -> None:
    client = GuardedHttpClient(SsrfPolicy(["127.0.0.1"]))
    with pytest.raises(HttpRequestError, match="more than 10 redirects") as caught:
        await send(client, webhook.url("/loop"))
    assert caught.value.kind == "network"
    assert len(webhook.requests) == 11
    await client.aclose()


async def test_timeout_covers_the_whole_exchange(webhook: WebhookServer) -> None:
    client = GuardedHttpClient(SsrfPolicy(["127.0.0.1"]))
    started = time.monotonic()
    with pytest.raises(HttpRequestError) as caught:
        await send(client, webhook.url("/slow?s=5"), timeout_s=0.5)
    assert caught.value.kind == "timeout"
    assert time.monotonic() - started < 2
    await client.aclose()


async def test_responses_over_the_size_cap_fail(webhook: WebhookServer) -> None:
    client = GuardedHttpClient(SsrfPolicy(["127.0.0.1"]), max_response_bytes=1_000_000)
    with pytest.raises(HttpRequestError) as caught:
        await send(client, webhook.url("/big?chunks=40"))
    assert caught.value.kind == "too_large"
    small = await client.send(HttpRequestData(method="GET", url=webhook.url("/big?chunks=2")))
    assert len(small.body) == 2 * 65536
    await client.aclose()


async def test_metadata_headers_are_refused_before_sending(webhook: WebhookServer) -> None:
    client = GuardedHttpClient(SsrfPolicy(["127.0.0.1"]))
    with pytest.raises(HttpRequestError) as caught:
        await send(client, webhook.url("/echo"), headers=[("Metadata-Flavor", "Google")])
    assert caught.value.kind == "blocked"
    assert webhook.requests == []
    await client.aclose()


async def test_cookies_are_not_kept_between_requests(webhook: WebhookServer) -> None:
    client = GuardedHttpClient(SsrfPolicy(["127.0.0.1"]))
    await send(client, webhook.url("/cookie"))
    await send(client, webhook.url("/echo"))
    assert "cookie" not in webhook.requests[-1]["headers"]
    await client.aclose()


async def test_query_pairs_are_appended_to_the_url_query(webhook: WebhookServer) -> None:
    client = GuardedHttpClient(SsrfPolicy(["127.0.0.1"]))
    await send(client, webhook.url("/echo?a=1"), query=[("b", "x y"), ("b", "é&")])
    assert webhook.requests[-1]["query"] == [["a", "1"], ["b", "x y"], ["b", "é&"]]
    await client.aclose()


async def test_unreachable_hosts_are_network_errors() -> None:
    client = GuardedHttpClient(SsrfPolicy(["127.0.0.1"]))
    with pytest.raises(HttpRequestError) as caught:
        await send(client, "http://127.0.0.1:1/")
    assert caught.value.kind == "network"
    await client.aclose()


async def test_script_fetch_returns_the_text_whatever_the_status(webhook: WebhookServer) -> None:
    client = GuardedHttpClient(SsrfPolicy(["127.0.0.1"]))
    text = await client.fetch_text(
        webhook.url("/status/404"), {"method": "post", "headers": {"X-A": "1"}, "body": "hi"}
    )
    assert '"status 404"' in text
    assert webhook.requests[-1]["method"] == "POST"
    assert webhook.requests[-1]["headers"]["x-a"] == "1"
    assert webhook.requests[-1]["body"] == "hi"
    with pytest.raises(RuntimeError, match=r"loopback addresses \(127\.0\.0\.0/8\)"):
        await client.fetch_text("http://127.0.0.2/", {})
    await client.aclose()


async def test_plain_httpx_client_for_sdks(
    webhook: WebhookServer, forbidden_listener: Listener
) -> None:
    async with guarded_httpx_client(SsrfPolicy(["127.0.0.1"])) as http:
        assert (await http.get(webhook.url("/echo"))).status_code == 200
        with pytest.raises(BlockedAddressError):
            await http.get(f"http://127.0.0.2:{forbidden_listener.port}/")
        redirect = httpx.URL(
            webhook.url("/redirect"), params={"to": f"http://127.0.0.2:{forbidden_listener.port}/"}
        )
        with pytest.raises(BlockedAddressError):
            await http.get(redirect)
    assert forbidden_listener.connections == 0


async def test_credentials_are_dropped_on_cross_origin_redirects(webhook: WebhookServer) -> None:
    resolver = SwitchingResolver(["127.0.0.1"], ["127.0.0.1"])
    client = GuardedHttpClient(SsrfPolicy(["127.0.0.1"], resolver=resolver))
    secret = [("Authorization", "Bearer s3cret"), ("Cookie", "session=1")]
    same_origin = str(httpx.URL(webhook.url("/redirect"), params={"to": "/echo/same"}))
    await send(client, same_origin, headers=secret)
    assert webhook.requests[-1]["headers"]["authorization"] == "Bearer s3cret"
    other_origin = f"http://other.example:{webhook.port}/echo/other"
    await send(
        client,
        str(httpx.URL(webhook.url("/redirect"), params={"to": other_origin})),
        headers=secret,
    )
    assert webhook.requests[-1]["path"] == "/echo/other"
    assert "authorization" not in webhook.requests[-1]["headers"]
    assert "cookie" not in webhook.requests[-1]["headers"]
    await client.aclose()


async def test_checked_addresses_are_tried_in_turn_without_resolving_again(
    webhook: WebhookServer,
) -> None:
    """Nothing listens on 127.0.0.3: the client falls back to the next checked address."""
    resolver = SwitchingResolver(["127.0.0.3", "127.0.0.1"], ["127.0.0.2"])
    client = GuardedHttpClient(SsrfPolicy(["127.0.0.1", "127.0.0.3"], resolver=resolver))
    response = await send(client, f"http://multi.example:{webhook.port}/echo")
    assert response.status_code == 200
    assert resolver.calls == 1
    await client.aclose()
