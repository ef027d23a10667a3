"""The HTTP request block through the workspace's proxy (``proxyCredentialsId``), via the real
chat API: the request goes through a fake forward proxy on loopback, with its sign-in, while
the SSRF guard still checks the final target and the proxy's own address before anything is
sent."""

import json
from collections.abc import AsyncIterator

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from tests.integration.http.bots import calling_bot, http_block
from tests.integration.http.conftest import CREDENTIALS_SECRET, Listener, WebhookServer
from tests.integration.http.test_http_request_block import chat_through
from tests.integration.http.test_webhook_routes import create_bot, run_url
from tests.integration.llm.bots import add_credentials
from tests.support.factories import Member, make_member
from tests.support.fake_proxy import FakeProxy, fake_proxy

LINK_LOCAL_REFUSAL = (
    "Security validation failed: Access to link-local addresses (169.254.0.0/16) is not "
    "allowed for security reasons. This range includes cloud metadata services."
)
LOOPBACK_REFUSAL = (
    "Security validation failed: Access to loopback addresses (127.0.0.0/8) is not allowed "
    "for security reasons."
)
PROXY_TYPE = "http proxy"


@pytest.fixture
async def proxy() -> AsyncIterator[FakeProxy]:
    async with fake_proxy(username="bot", password="s3cret") as running:
        yield running


async def proxy_credentials(
    db: AsyncSession, member: Member, url: str, password: str | None = None
) -> str:
    """The member's ``http proxy`` credentials; with a ``password``, user ``bot`` signs in."""
    sign_in = {} if password is None else {"username": "bot", "password": password}
    return await add_credentials(
        db, member, PROXY_TYPE, {"url": url, **sign_in}, secret=CREDENTIALS_SECRET
    )


def proxied_block(url: str, credentials_id: str) -> dict[str, object]:
    return http_block(
        url,
        proxyCredentialsId=credentials_id,
        mappings={"vstatus": "statusCode", "vout": "typeof data === 'string' ? data : data.path"},
    )


async def test_the_request_goes_through_the_proxy_with_its_sign_in(
    http_client: httpx.AsyncClient, db: AsyncSession, webhook: WebhookServer, proxy: FakeProxy
) -> None:
    member = await make_member(db)
    credentials_id = await proxy_credentials(db, member, proxy.url, password="s3cret")
    target = webhook.url("/echo/proxied?x=1")
    chat = await chat_through(http_client, db, proxied_block(target, credentials_id), member=member)
    assert chat.texts[-1] == "Status=200 Out=/echo/proxied"
    [seen] = proxy.received
    assert (seen.method, seen.target) == ("POST", target)
    assert seen.proxy_authorization == "Basic Ym90OnMzY3JldA=="  # bot:s3cret
    reached = webhook.requests[-1]
    assert reached["path"] == "/echo/proxied"
    assert "proxy-authorization" not in reached["headers"]
    assert chat.logs[-1].description == "Webhook successfuly executed."


async def test_a_wrong_sign_in_gets_the_proxy_s_refusal(
    http_client: httpx.AsyncClient, db: AsyncSession, webhook: WebhookServer, proxy: FakeProxy
) -> None:
    member = await make_member(db)
    credentials_id = await proxy_credentials(db, member, proxy.url, password="wrong")
    chat = await chat_through(
        http_client, db, proxied_block(webhook.url("/echo/x"), credentials_id), member=member
    )
    assert chat.texts[-1].startswith("Status=407")
    assert len(proxy.received) == 1
    assert webhook.requests == []


async def test_a_link_local_target_is_refused_before_reaching_the_proxy(
    http_client: httpx.AsyncClient, db: AsyncSession, proxy: FakeProxy
) -> None:
    member = await make_member(db)
    credentials_id = await proxy_credentials(db, member, proxy.url, password="s3cret")
    block = proxied_block("http://169.254.169.254/latest/meta-data/", credentials_id)
    chat = await chat_through(http_client, db, block, member=member)
    assert chat.texts[-1] == f"Status=400 Out={LINK_LOCAL_REFUSAL}"
    assert proxy.received == []
    log = chat.logs[-1]
    assert log.description == "Webhook failed to execute."
    details = json.loads(log.details or "{}")
    assert details["statusCode"] == 400
    assert details["response"] == LINK_LOCAL_REFUSAL


async def test_a_proxy_at_a_private_address_is_refused(
    http_client: httpx.AsyncClient,
    db: AsyncSession,
    webhook: WebhookServer,
    forbidden_listener: Listener,
) -> None:
    member = await make_member(db)
    private_proxy = f"http://{forbidden_listener.host}:{forbidden_listener.port}"
    credentials_id = await proxy_credentials(db, member, private_proxy)
    chat = await chat_through(
        http_client, db, proxied_block(webhook.url("/echo/x"), credentials_id), member=member
    )
    assert chat.texts[-1] == f"Status=400 Out={LOOPBACK_REFUSAL}"
    assert forbidden_listener.connections == 0
    assert webhook.requests == []


@pytest.mark.parametrize("whose", ["unknown", "another workspace's"])
async def test_credentials_it_cannot_use_leave_a_log_and_send_nothing(
    http_client: httpx.AsyncClient,
    db: AsyncSession,
    webhook: WebhookServer,
    proxy: FakeProxy,
    whose: str,
) -> None:
    member = await make_member(db)
    credentials_id = "nope"
    if whose != "unknown":
        credentials_id = await proxy_credentials(db, await make_member(db), proxy.url)
    chat = await chat_through(
        http_client, db, proxied_block(webhook.url("/echo/x"), credentials_id), member=member
    )
    assert chat.texts[-1] == "Status= Out="
    assert proxy.received == []
    assert webhook.requests == []
    log = chat.logs[-1]
    assert log.description == "Webhook not sent: Credentials not found"
    assert log.details == f"No http proxy credentials {credentials_id}"


async def test_the_builder_s_test_run_goes_through_the_proxy_too(
    http_client: httpx.AsyncClient, db: AsyncSession, webhook: WebhookServer, proxy: FakeProxy
) -> None:
    member = await make_member(db)
    credentials_id = await proxy_credentials(db, member, proxy.url, password="s3cret")
    target = webhook.url("/echo/tested")
    bot_id = await create_bot(
        http_client, member, calling_bot(proxied_block(target, credentials_id))
    )
    answer = await http_client.post(run_url(bot_id), headers=member.headers)
    assert answer.status_code == 200, answer.text
    assert answer.json()["data"]["path"] == "/echo/tested"
    assert [(seen.method, seen.target) for seen in proxy.received] == [("POST", target)]

    unknown = await create_bot(http_client, member, calling_bot(proxied_block(target, "nope")))
    refused = await http_client.post(run_url(unknown), headers=member.headers)
    assert refused.json() == {
        "statusCode": 400,
        "data": {"message": "Credentials not found: No http proxy credentials nope"},
    }
    assert len(proxy.received) == 1
