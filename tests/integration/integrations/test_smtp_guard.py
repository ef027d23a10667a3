"""Workspace SMTP servers are outgoing connections like any other: checked and pinned."""

import pytest

from botloom.engine.integration_calls import EmailMessage, IntegrationError
from botloom.integrations.email.smtp import SmtpServer, deliver
from botloom.integrations.http.guard import SsrfPolicy
from tests.integration.integrations.conftest import Inbox

LOOPBACK_REFUSAL = (
    "Security validation failed: Access to loopback addresses (127.0.0.0/8) is not allowed "
    "for security reasons."
)

MESSAGE = EmailMessage(
    credentials_id="smtp",
    recipients=["ada@example.com"],
    subject="Hello",
    text="Hi Ada",
)


def _server(port: int, policy: SsrfPolicy | None, host: str = "127.0.0.1") -> SmtpServer:
    return SmtpServer(host=host, port=port, sender="bot@botloom.test", policy=policy)


async def test_a_private_smtp_host_is_refused_before_connecting(default_inbox: Inbox) -> None:
    with pytest.raises(IntegrationError) as refused:
        await deliver(_server(default_inbox.port, SsrfPolicy()), MESSAGE)
    assert str(refused.value.details) == LOOPBACK_REFUSAL
    assert default_inbox.received == []


async def test_a_name_resolving_to_a_private_address_is_refused(default_inbox: Inbox) -> None:
    async def rebinding(host: str, port: int) -> list[str]:
        return ["93.184.215.14", "127.0.0.1"]

    policy = SsrfPolicy(resolver=rebinding)
    with pytest.raises(IntegrationError) as refused:
        await deliver(_server(default_inbox.port, policy, host="smtp.example.test"), MESSAGE)
    assert str(refused.value.details) == LOOPBACK_REFUSAL
    assert default_inbox.received == []


async def test_an_allowed_host_is_reached_at_the_checked_address(default_inbox: Inbox) -> None:
    lookups: list[str] = []

    async def resolver(host: str, port: int) -> list[str]:
        lookups.append(host)
        return ["127.0.0.1"]

    policy = SsrfPolicy(allowed_hosts=["smtp.internal.test"], resolver=resolver)
    await deliver(_server(default_inbox.port, policy, host="smtp.internal.test"), MESSAGE)
    assert lookups == ["smtp.internal.test"], "resolved once, by the guard"
    assert [r.recipients for r in default_inbox.received] == [["ada@example.com"]]


async def test_the_operators_default_server_is_trusted(default_inbox: Inbox) -> None:
    await deliver(_server(default_inbox.port, None), MESSAGE)
    assert len(default_inbox.received) == 1
