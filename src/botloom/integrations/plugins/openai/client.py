"""The OpenAI client of an action, from its credentials (see ``endpoint`` for the base URL)."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from botloom.integrations.llm.endpoint import api_base_url
from botloom.integrations.llm.openai_compatible import OpenAICompatibleClient
from botloom.integrations.llm.options import LlmCredentials
from botloom.integrations.llm.outbound import outbound_http
from botloom.integrations.llm.providers import PROVIDERS
from botloom.integrations.llm.types import LlmError
from botloom.integrations.plugins.base import ActionContext, IntegrationError

OPENAI = PROVIDERS["openai"]


@asynccontextmanager
async def openai_api(
    ctx: ActionContext[Any, LlmCredentials], *, base_url: str | None, api_version: str | None
) -> AsyncIterator[OpenAICompatibleClient]:
    """The API client, on an HTTP client closed on exit; a provider error raised in the block
    becomes the block's log line."""
    credentials = ctx.credentials
    if credentials is None or not credentials.api_key:
        raise IntegrationError("No API key provided")
    settings = ctx.settings
    http = outbound_http(settings)
    client = OpenAICompatibleClient(
        http,
        base_url=api_base_url(OPENAI, ctx, credentials, base_url),
        api_key=credentials.api_key,
        timeout=settings.llm_timeout_seconds,
        api_version=api_version,
    )
    try:
        async with http:
            yield client
    except LlmError as error:
        raise IntegrationError(f"OpenAI: {error.message}", error.details) from None
