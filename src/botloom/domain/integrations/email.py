"""Sending a send email block's message: the workspace's SMTP credentials or the server's."""

from email.utils import formataddr

from pydantic import BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel
from sqlalchemy.ext.asyncio import AsyncEngine

from botloom.domain.integrations.actions import load_credentials_as
from botloom.engine.integration_calls import EmailMessage, IntegrationError
from botloom.integrations.email.attachments import fetch_attachments
from botloom.integrations.email.smtp import SmtpServer, deliver
from botloom.integrations.http.guard import SsrfPolicy
from botloom.settings import Settings
from botloom.store.files.base import FileStorage
from botloom.store.files.own_urls import OwnFiles

SMTP_CREDENTIALS_TYPE = "smtp"
DEFAULT_CREDENTIALS_ID = "default"


class _CamelModel(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, validate_by_name=True, extra="ignore")


class SmtpSender(_CamelModel):
    """The sender of Typebot's SMTP credentials."""

    email: str | None = None
    name: str | None = None


class SmtpCredentials(_CamelModel):
    """The data of ``smtp`` credentials, as Typebot stores it."""

    host: str | None = None
    port: int = 25
    username: str | None = None
    password: str | None = None
    is_tls_enabled: bool | None = None
    from_: SmtpSender = Field(default_factory=SmtpSender, alias="from")


def _sender(sender: SmtpSender) -> str:
    if not sender.email:
        raise IntegrationError("Email not sent", "The SMTP credentials have no sender email")
    return formataddr((sender.name or "", sender.email))


def default_server(settings: Settings) -> SmtpServer:
    """The server's own SMTP, from settings."""
    if not settings.smtp_host or not settings.smtp_from:
        raise IntegrationError(
            "Email not sent", "No default SMTP server (BOTLOOM_SMTP_HOST, BOTLOOM_SMTP_FROM)"
        )
    return SmtpServer(
        host=settings.smtp_host,
        port=settings.smtp_port,
        sender=settings.smtp_from,
        username=settings.smtp_username,
        password=settings.smtp_password,
        secure=settings.smtp_secure,
    )


async def workspace_server(
    *, engine: AsyncEngine, settings: Settings, workspace_id: str, credentials_id: str
) -> SmtpServer:
    """The SMTP server of the workspace's ``smtp`` credentials."""
    credentials = await load_credentials_as(
        SmtpCredentials,
        "SMTP",
        engine=engine,
        settings=settings,
        workspace_id=workspace_id,
        credentials_id=credentials_id,
        type_=SMTP_CREDENTIALS_TYPE,
    )
    if not credentials.host:
        raise IntegrationError("Email not sent", "The SMTP credentials have no host")
    return SmtpServer(
        host=credentials.host,
        port=credentials.port,
        sender=_sender(credentials.from_),
        username=credentials.username,
        password=credentials.password,
        secure=bool(credentials.is_tls_enabled),
        policy=SsrfPolicy.from_settings(settings),
    )


async def send_email(
    message: EmailMessage,
    *,
    engine: AsyncEngine,
    settings: Settings,
    workspace_id: str,
    files: FileStorage | None = None,
) -> None:
    """Send ``message``; ``IntegrationError`` says why it was not sent. ``files``: where
    visitors' uploads are kept, read directly when attached by their URL."""
    if message.credentials_id == DEFAULT_CREDENTIALS_ID:
        server = default_server(settings)
    else:
        server = await workspace_server(
            engine=engine,
            settings=settings,
            workspace_id=workspace_id,
            credentials_id=message.credentials_id,
        )
    attachments = []
    if message.attachment_urls:
        policy = SsrfPolicy.from_settings(settings)
        own_files = OwnFiles(files, settings.files_base_url) if files is not None else None
        attachments = await fetch_attachments(message.attachment_urls, policy, own_files)
    await deliver(server, message, attachments)
