"""Getting the files a send email block attaches, by URL: this server's own uploads from
its file storage, anything else only where bots may reach."""

import contextlib
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

import httpx

from botloom.engine.http import HttpRequestError
from botloom.engine.integration_calls import IntegrationError
from botloom.integrations.email.smtp import Attachment
from botloom.integrations.http.client import guarded_httpx_client, read_at_most
from botloom.integrations.http.guard import BlockedAddressError, SsrfPolicy
from botloom.store.files.base import FileTooLargeError
from botloom.store.files.own_urls import OwnFileError, OwnFiles

MAX_ATTACHMENTS_BYTES = 25 * 2**20
"""All attachments of one email together; larger emails are refused by most relays anyway."""

FETCH_TIMEOUT_SECONDS = 20
TOO_LARGE = "Attachments are larger than 25 MB"


def _filename(url: str, index: int) -> str:
    name = PurePosixPath(unquote(urlsplit(url).path)).name
    return name or f"attachment-{index + 1}"


def _reason(exc: BaseException) -> str:
    """Why a fetch failed, naming a refused address rather than the transport's wrapper."""
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, BlockedAddressError):
            return f"address not allowed: {cause}"
        cause = cause.__cause__ or cause.__context__
    return str(exc) or type(exc).__name__


async def fetch_attachments(
    urls: list[str], policy: SsrfPolicy, own_files: OwnFiles | None = None
) -> list[Attachment]:
    """Get every file: this server's own uploads straight from ``own_files``, others over
    HTTP where ``policy`` allows; ``IntegrationError`` if one cannot be had or they are too big."""
    attachments: list[Attachment] = []
    budget = MAX_ATTACHMENTS_BYTES
    async with contextlib.AsyncExitStack() as stack:
        client: httpx.AsyncClient | None = None
        for index, url in enumerate(urls):
            attachment = await _read_own(own_files, url, budget) if own_files else None
            if attachment is None:
                # Made only for a file that is not this server's own: most emails need none.
                if client is None:
                    client = await stack.enter_async_context(
                        guarded_httpx_client(policy, timeout=FETCH_TIMEOUT_SECONDS)
                    )
                attachment = await _download(client, url, index, budget)
            budget -= len(attachment.content)
            attachments.append(attachment)
    return attachments


async def _read_own(own_files: OwnFiles, url: str, budget: int) -> Attachment | None:
    """The uploaded file ``url`` names, if it is one of this server's own file URLs."""
    try:
        found = await own_files.read(url, budget)
    except FileTooLargeError:
        raise IntegrationError("Email not sent", TOO_LARGE) from None
    except (OwnFileError, httpx.HTTPError, OSError) as exc:
        raise IntegrationError("Email not sent", f"Attachment {url}: {_reason(exc)}") from None
    if found is None:
        return None
    return Attachment(filename=found.name, content=found.content, content_type=found.media_type)


async def _download(client: httpx.AsyncClient, url: str, index: int, budget: int) -> Attachment:
    """The file at ``url``, through the guarded client."""
    try:
        async with client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise IntegrationError(
                    "Email not sent", f"Attachment {url}: HTTP {response.status_code}"
                )
            content = await read_at_most(response, budget)
            content_type = response.headers.get("content-type", "").split(";")[0]
    except HttpRequestError:
        raise IntegrationError("Email not sent", TOO_LARGE) from None
    except (httpx.HTTPError, BlockedAddressError) as exc:
        raise IntegrationError("Email not sent", f"Attachment {url}: {_reason(exc)}") from None
    return Attachment(
        filename=_filename(url, index),
        content=content,
        content_type=content_type.strip() or "application/octet-stream",
    )
