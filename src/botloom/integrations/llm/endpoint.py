"""The base URL an AI action calls, logged when the block asked for another one."""

from typing import Any

from botloom.integrations.llm.options import LlmCredentials
from botloom.integrations.llm.providers import Provider, base_url_of
from botloom.integrations.plugins.base import ActionContext

IGNORED_BASE_URL = "{provider}: the block's base URL is ignored"
IGNORED_DETAILS = (
    "API keys of stored credentials are only sent to the credentials' own base URL or to "
    "{provider}'s; {url} is neither. Set the server's base URL on the credentials instead."
)


def api_base_url(
    provider: Provider,
    ctx: ActionContext[Any, LlmCredentials],
    credentials: LlmCredentials,
    block_url: str | None,
) -> str:
    """Where the action sends ``credentials``' key (see ``base_url_of``); a block base URL
    that is not used leaves a log line, and the call goes on to the trusted one."""
    endpoint = base_url_of(provider, credential_url=credentials.base_url, block_url=block_url)
    if endpoint.ignored_block_url is not None:
        ctx.log(
            IGNORED_BASE_URL.format(provider=provider.name),
            details=IGNORED_DETAILS.format(provider=provider.name, url=endpoint.ignored_block_url),
        )
    return endpoint.url
