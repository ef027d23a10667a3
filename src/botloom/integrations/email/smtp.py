"""Builds a MIME message and hands it to an SMTP server."""

import asyncio
import socket
from dataclasses import dataclass
from email.message import EmailMessage as MimeMessage

import aiosmtplib

from botloom.engine.integration_calls import EmailMessage, IntegrationError
from botloom.integrations.http.guard import BlockedAddressError, SsrfPolicy

SMTP_TIMEOUT_SECONDS = 10
"""Also bounds a failed AUTH, which otherwise makes aiosmtplib wait for its own timeout."""


@dataclass(frozen=True)
class SmtpServer:
    """Where and as whom to send; ``secure`` is implicit TLS (else STARTTLS when offered).

    ``policy`` guards servers that workspace members name (their SMTP credentials), like every
    other outgoing connection of bots; the operator's default server is trusted as configured.
    """

    host: str
    port: int
    sender: str
    username: str | None = None
    password: str | None = None
    secure: bool = False
    policy: SsrfPolicy | None = None


@dataclass(frozen=True)
class Attachment:
    """A file to attach."""

    filename: str
    content: bytes
    content_type: str = "application/octet-stream"


def build_message(
    message: EmailMessage, sender: str, attachments: list[Attachment] | None = None
) -> MimeMessage:
    """The MIME message: a text part, an HTML alternative if any, then the attachments.
    Bcc recipients are not written in the headers (they go in the envelope only)."""
    mime = MimeMessage()
    mime["From"] = sender
    mime["To"] = ", ".join(message.recipients)
    if message.cc:
        mime["Cc"] = ", ".join(message.cc)
    if message.reply_to:
        mime["Reply-To"] = message.reply_to
    mime["Subject"] = message.subject
    mime.set_content(message.text)
    if message.html:
        mime.add_alternative(message.html, subtype="html")
    for attachment in attachments or []:
        maintype, _, subtype = attachment.content_type.partition("/")
        mime.add_attachment(
            attachment.content,
            maintype=maintype or "application",
            subtype=subtype or "octet-stream",
            filename=attachment.filename,
        )
    return mime


async def _pinned_socket(policy: SsrfPolicy, host: str, port: int) -> socket.socket:
    """A socket connected to a checked address of ``host``: no second lookup happens, so a
    rebinding DNS server cannot send the connection elsewhere."""
    addresses = await policy.resolve_all(host, port)
    loop = asyncio.get_running_loop()
    failure: OSError | None = None
    for address in addresses:
        family = socket.AF_INET6 if ":" in address else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setblocking(False)
        try:
            async with asyncio.timeout(SMTP_TIMEOUT_SECONDS):
                await loop.sock_connect(sock, (address, port))
        except (OSError, TimeoutError) as exc:
            sock.close()
            failure = OSError(f"could not connect to {address}:{port}: {exc}")
            continue
        return sock
    raise failure or OSError(f"could not connect to {host}:{port}")


async def deliver(
    server: SmtpServer, message: EmailMessage, attachments: list[Attachment] | None = None
) -> None:
    """Send ``message`` through ``server``; ``IntegrationError`` if the server refuses it."""
    mime = build_message(message, server.sender, attachments)
    recipients = [*message.recipients, *message.cc, *message.bcc]
    try:
        sock = (
            await _pinned_socket(server.policy, server.host, server.port)
            if server.policy is not None
            else None
        )
        # With a pinned socket, the host name still names the server for TLS (SNI, certificate).
        await aiosmtplib.send(
            mime,
            recipients=recipients,
            hostname=server.host,
            port=None if sock else server.port,
            sock=sock,
            username=server.username or None,
            password=server.password or None,
            use_tls=server.secure,
            timeout=SMTP_TIMEOUT_SECONDS,
        )
    except BlockedAddressError as exc:
        raise IntegrationError("Email not sent", str(exc)) from None
    except (aiosmtplib.SMTPException, OSError) as exc:
        raise IntegrationError("Email not sent", str(exc) or type(exc).__name__) from None
