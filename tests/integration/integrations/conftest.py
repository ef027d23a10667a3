"""A live server with an encryption secret and a default SMTP server, and SMTP inboxes.

The inboxes are aiosmtpd servers on loopback: they stand in for the SMTP relays bots send to.
"""

import email
import email.policy
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from tests.support.live_apps import live_app_fixtures
from tests.support.postgres import free_port

SECRET = "0123456789abcdef0123456789abcdef"
DEFAULT_FROM = "Botloom <bot@botloom.test>"
SMTP_USER = "relay-user"
SMTP_PASSWORD = "relay-password-5f3b9c"


@dataclass
class Received:
    """A message as the relay got it: the envelope and the parsed message."""

    mail_from: str
    recipients: list[str]
    message: EmailMessage


@dataclass
class Inbox:
    """An SMTP relay on loopback that keeps what it receives."""

    port: int
    received: list[Received] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = (envelope.original_content or b"").replace(b"\r\n", b"\n")
        message = email.message_from_bytes(raw, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        self.received.append(
            Received(
                mail_from=envelope.mail_from or "",
                recipients=list(envelope.rcpt_tos),
                message=message,
            )
        )
        return "250 OK"


def _authenticator(inbox: Inbox) -> Any:
    def authenticate(
        server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
    ) -> AuthResult:
        ok = (
            isinstance(data, LoginPassword)
            and data.login.decode() == SMTP_USER
            and data.password.decode() == SMTP_PASSWORD
        )
        if ok:
            inbox.logins.append(SMTP_USER)
        return AuthResult(success=ok, handled=False)

    return authenticate


def _start_inbox(*, auth: bool) -> tuple[Inbox, Controller]:
    inbox = Inbox(port=free_port())
    kwargs: dict[str, Any] = {}
    if auth:
        kwargs = {
            "auth_required": True,
            "auth_require_tls": False,
            "authenticator": _authenticator(inbox),
        }
    controller = Controller(inbox, hostname="127.0.0.1", port=inbox.port, **kwargs)
    controller.start()
    return inbox, controller


@pytest.fixture(scope="session")
def default_inbox_server() -> Iterator[Inbox]:
    """The relay the server's default SMTP settings point to."""
    inbox, controller = _start_inbox(auth=False)
    yield inbox
    controller.stop()


@pytest.fixture
def default_inbox(default_inbox_server: Inbox) -> Iterator[Inbox]:
    """The default relay, empty at the start of the test."""
    default_inbox_server.received.clear()
    yield default_inbox_server
    default_inbox_server.received.clear()


@pytest.fixture
def auth_inbox() -> Iterator[Inbox]:
    """A relay that requires a login (``SMTP_USER`` / ``SMTP_PASSWORD``)."""
    inbox, controller = _start_inbox(auth=True)
    yield inbox
    controller.stop()


FILES: dict[str, tuple[str, bytes]] = {
    "/uploads/report.pdf": ("application/pdf", b"%PDF-1.4 quarterly report"),
    "/uploads/photo%20one.png": ("image/png", b"\x89PNG\r\n\x1a\n pixels"),
}
"""What the file server serves: path -> (content type, bytes)."""


class _FileHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        found = FILES.get(self.path)
        if found is None:
            self.send_error(404)
            return
        content_type, content = found
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""


@pytest.fixture(scope="session")
def file_server() -> Iterator[str]:
    """Where uploaded files live (a stand-in for the bucket file inputs upload to)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _FileHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def app_settings(default_inbox_server: Inbox) -> dict[str, Any]:
    """The live server has an encryption secret and the default SMTP relay configured; bots
    may reach 127.0.0.1 (the file server), nothing else private."""
    return {
        "encryption_secret": SECRET,
        "smtp_host": "127.0.0.1",
        "smtp_port": default_inbox_server.port,
        "smtp_from": DEFAULT_FROM,
        "http_allowed_hosts": ["127.0.0.1"],
    }


live_app_server, api = live_app_fixtures("api")
