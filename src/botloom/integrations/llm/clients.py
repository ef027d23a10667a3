"""The chat client of a provider, for one credential."""

import httpx

from botloom.integrations.llm.anthropic import AnthropicClient
from botloom.integrations.llm.openai_compatible import OpenAICompatibleClient
from botloom.integrations.llm.providers import Provider, WireFormat
from botloom.integrations.llm.types import ChatClient


def chat_client(
    http: httpx.AsyncClient,
    provider: Provider,
    *,
    api_key: str,
    timeout: float,
    base_url: str | None = None,
    api_version: str | None = None,
) -> ChatClient:
    """A client of ``provider``'s chat API at ``base_url`` (the provider's own by default;
    ``endpoint.api_base_url`` picks it for actions)."""
    base_url = base_url or provider.base_url
    if provider.wire == WireFormat.ANTHROPIC:
        return AnthropicClient(http, base_url=base_url, api_key=api_key, timeout=timeout)
    return OpenAICompatibleClient(
        http,
        base_url=base_url,
        api_key=api_key,
        timeout=timeout,
        api_version=api_version,
        asks_stream_usage=provider.asks_stream_usage,
    )
