"""Rate limits of the chat API on a live app: they hold, reset, answer 429 with Retry-After,
count sessions and addresses apart, and read X-Forwarded-For only from trusted proxies."""

import asyncio

import httpx

from tests.integration.limits.conftest import ORIGIN, LimitedApp


async def start(
    client: httpx.AsyncClient, public_id: str, forwarded_for: str = ""
) -> httpx.Response:
    """A startChat from the page at ``ORIGIN`` (through a proxy when ``forwarded_for``)."""
    headers = {"Origin": ORIGIN}
    if forwarded_for:
        headers["X-Forwarded-For"] = forwarded_for
    return await client.post(f"/api/v1/typebots/{public_id}/startChat", json={}, headers=headers)


async def reply(client: httpx.AsyncClient, session_id: str) -> httpx.Response:
    """A continueChat with a word."""
    return await client.post(
        f"/api/v1/sessions/{session_id}/continueChat",
        json={"message": {"type": "text", "text": "hello"}},
        headers={"Origin": ORIGIN},
    )


async def statuses(
    client: httpx.AsyncClient, public_id: str, count: int, via: str = ""
) -> list[int]:
    return [(await start(client, public_id, via)).status_code for _ in range(count)]


async def test_a_limit_holds_answers_429_with_retry_after_then_resets(
    limited_app: LimitedApp, echo: str
) -> None:
    async with limited_app(rate_limit_start_chat_per_ip="3/2 second") as client:
        assert await statuses(client, echo, 3) == [200, 200, 200]
        refused = await start(client, echo)
        assert refused.status_code == 429
        retry_after = int(refused.headers["retry-after"])
        assert 1 <= retry_after <= 2
        assert refused.json() == {
            "defined": True,
            "code": "TOO_MANY_REQUESTS",
            "status": 429,
            "message": f"Too many chats started from this address: try again in {retry_after} s",
        }
        # The chat CORS middleware is outside the routes: the embed can read the 429.
        assert refused.headers["access-control-allow-origin"] == ORIGIN

        await asyncio.sleep(retry_after)
        assert (await start(client, echo)).status_code == 200
        # Two quiet windows later the whole limit is back.
        await asyncio.sleep(4)
        assert await statuses(client, echo, 4) == [200, 200, 200, 429]


async def test_continue_chat_counts_each_session_and_each_address_apart(
    limited_app: LimitedApp, echo: str
) -> None:
    settings = {
        "rate_limit_start_chat_per_ip": "",  # empty: no limit
        "rate_limit_continue_chat_per_session": "2/minute",
        "rate_limit_continue_chat_per_ip": "5/minute",
    }
    async with limited_app(**settings) as client:
        first, second, third = [(await start(client, echo)).json()["sessionId"] for _ in range(3)]
        answers = [await reply(client, first) for _ in range(3)]
        assert [a.status_code for a in answers] == [200, 200, 429]
        assert answers[-1].json()["message"].startswith("Too many messages in this chat")
        assert answers[-1].headers["access-control-allow-origin"] == ORIGIN
        # Another session has its own count; the address has had 5 (the refused one counts).
        assert [(await reply(client, second)).status_code for _ in range(2)] == [200, 200]
        refused = await reply(client, third)
        assert refused.status_code == 429
        assert refused.json()["message"].startswith("Too many messages from this address")
        assert int(refused.headers["retry-after"]) >= 1


async def test_a_trusted_proxy_names_the_client(limited_app: LimitedApp, echo: str) -> None:
    # Loopback is trusted by default, as a proxy on the same host.
    async with limited_app(rate_limit_start_chat_per_ip="2/minute") as client:
        assert await statuses(client, echo, 3, via="203.0.113.5") == [200, 200, 429]
        assert await statuses(client, echo, 1, via="203.0.113.6") == [200]
        # What the visitor wrote in the header before the proxy appended their address is not
        # read: the client is the last address no trusted proxy owns.
        assert await statuses(client, echo, 1, via="198.51.100.9, 203.0.113.5") == [429]
        assert await statuses(client, echo, 1, via="203.0.113.5, 127.0.0.1") == [429]
        # One IPv6 client holds a /64.
        assert await statuses(client, echo, 2, via="2001:db8::1") == [200, 200]
        assert await statuses(client, echo, 1, via="2001:db8::2") == [429]
        assert await statuses(client, echo, 1, via="2001:db8:0:1::1") == [200]


async def test_forwarded_for_from_an_untrusted_peer_is_ignored(
    limited_app: LimitedApp, echo: str
) -> None:
    settings = {"rate_limit_start_chat_per_ip": "2/minute", "trusted_proxies": ["10.0.0.0/8"]}
    async with limited_app(**settings) as client:
        assert await statuses(client, echo, 2, via="203.0.113.5") == [200, 200]
        assert await statuses(client, echo, 1, via="203.0.113.6") == [429]
        assert await statuses(client, echo, 1) == [429]
