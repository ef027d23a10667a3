"""The HTTP request block's proxy: the workspace's ``http proxy`` credentials."""

from sqlalchemy.ext.asyncio import AsyncEngine

from botloom.domain.credentials.kinds import HTTP_PROXY_CREDENTIALS_TYPE, HttpProxyCredentials
from botloom.domain.integrations.actions import load_credentials_as
from botloom.engine.http import HttpProxy
from botloom.settings import Settings


async def workspace_proxy(
    *, engine: AsyncEngine, settings: Settings, workspace_id: str, credentials_id: str
) -> HttpProxy:
    """The proxy of the workspace's ``http proxy`` credentials ``credentials_id``; raises
    ``IntegrationError`` when the workspace has no such credentials or they cannot be read.
    Whether the proxy's address may be reached is the HTTP client's to check, when it connects."""
    credentials = await load_credentials_as(
        HttpProxyCredentials,
        "HTTP proxy",
        engine=engine,
        settings=settings,
        workspace_id=workspace_id,
        credentials_id=credentials_id,
        type_=HTTP_PROXY_CREDENTIALS_TYPE,
    )
    return HttpProxy(
        url=credentials.url,
        username=credentials.username or None,
        password=credentials.password or None,
    )
