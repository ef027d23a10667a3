"""A live server with an SMTP inbox, a local identity provider (as an OpenID issuer and as
GitHub) and an instance admin; helpers to sign a browser in."""

import email
import email.policy
import re
from collections.abc import Iterator
from email.message import EmailMessage
from typing import Any

import httpx
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.api.routes.auth import MAGIC_LINK_CALLBACK
from botloom.domain.auth.magic_links import do_create_magic_link
from tests.integration.auth.identity_provider import (
    CLIENT_ID,
    CLIENT_SECRET,
    Identity,
    IdentityProvider,
    serve_identity_provider,
)
from tests.support.live_apps import live_app_fixtures
from tests.support.postgres import free_port

ADMIN_EMAIL = "boss@example.com"
SENDER = "Botloom <signin@botloom.test>"


class Inbox:
    """An SMTP server on loopback that keeps the messages it receives."""

    def __init__(self) -> None:
        self.port = free_port()
        self.messages: list[EmailMessage] = []

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = (envelope.original_content or b"").replace(b"\r\n", b"\n")
        message = email.message_from_bytes(raw, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        self.messages.append(message)
        return "250 OK"


@pytest.fixture(scope="session")
def sign_in_inbox() -> Iterator[Inbox]:
    """Where the server mails sign-in links."""
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=inbox.port)
    controller.start()
    yield inbox
    controller.stop()


@pytest.fixture
def inbox(sign_in_inbox: Inbox) -> Inbox:
    """The inbox, empty at the start of the test."""
    sign_in_inbox.messages.clear()
    return sign_in_inbox


@pytest.fixture(scope="session")
def provider_server() -> Iterator[IdentityProvider]:
    """The local identity provider."""
    provider, server = serve_identity_provider()
    yield provider
    server.stop()


@pytest.fixture
def provider(provider_server: IdentityProvider) -> IdentityProvider:
    """The provider, signing in a verified ada@example.com unless a test says otherwise."""
    provider_server.reset(Identity("ada@example.com"))
    return provider_server


@pytest.fixture(scope="session")
def app_settings(sign_in_inbox: Inbox, provider_server: IdentityProvider) -> dict[str, Any]:
    """SMTP to the inbox; the provider as an OpenID issuer and as GitHub; one admin."""
    base = provider_server.base_url
    return {
        "smtp_host": "127.0.0.1",
        "smtp_port": sign_in_inbox.port,
        "smtp_from": SENDER,
        "admin_emails": [ADMIN_EMAIL],
        "oidc_issuer": base,
        "oidc_client_id": CLIENT_ID,
        "oidc_client_secret": CLIENT_SECRET,
        "oidc_name": "Test ID",
        "github_client_id": CLIENT_ID,
        "github_client_secret": CLIENT_SECRET,
        "github_base_url": base,
        "github_api_url": f"{base}/api",
    }


live_app_server, client = live_app_fixtures("client")

LINK = re.compile(r"http://\S+/api/v1/auth/magic-link/callback\?token=[\w-]+")


def link_in(text: str) -> str:
    """The sign-in link in a mail or a log line."""
    found = LINK.search(text)
    assert found, text
    return found.group(0)


def same_origin(client: httpx.AsyncClient) -> dict[str, str]:
    """The headers of a write from the server's own page: its Origin and the CSRF token."""
    return {
        "Origin": str(client.base_url).rstrip("/"),
        "X-CSRF-Token": client.cookies["botloom_csrf"],
    }


async def sign_in(client: httpx.AsyncClient, db: AsyncSession, email: str) -> None:
    """Sign ``client`` in as ``email`` through a magic link (made without mail)."""
    token = await do_create_magic_link(db=db, email=email, next_path="/")
    opened = await client.get(MAGIC_LINK_CALLBACK, params={"token": token})
    assert opened.status_code == 303, opened.text
