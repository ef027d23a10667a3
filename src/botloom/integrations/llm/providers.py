"""The LLM providers Typebot's forge blocks call, and where their APIs live by default.

A credential may set its own base URL, so an OpenAI-compatible server of one's own (vLLM,
Ollama, LiteLLM...) works under any of the OpenAI-compatible blocks. A block's base URL is not
trusted with the key (see ``base_url_of``).
"""

from dataclasses import dataclass
from enum import StrEnum


class WireFormat(StrEnum):
    """Which HTTP API a provider speaks."""

    OPENAI = "openai"
    ANTHROPIC = "anthropic"


@dataclass(frozen=True, kw_only=True)
class Provider:
    """A provider: its forge block id, API base and wire format."""

    block_id: str
    name: str
    base_url: str
    wire: WireFormat = WireFormat.OPENAI
    asks_stream_usage: bool = False
    """Whether to ask for token counts in streams (``stream_options``); some servers refuse it."""
    default_model: str | None = None


PROVIDERS: dict[str, Provider] = {
    p.block_id: p
    for p in (
        Provider(
            block_id="openai",
            name="OpenAI",
            base_url="https://api.openai.com/v1",
            asks_stream_usage=True,
            default_model="gpt-4o-mini",
        ),
        Provider(
            block_id="mistral",
            name="Mistral",
            base_url="https://api.mistral.ai/v1",
            default_model="mistral-small-latest",
        ),
        Provider(block_id="groq", name="Groq", base_url="https://api.groq.com/openai/v1"),
        Provider(block_id="together-ai", name="Together", base_url="https://api.together.xyz/v1"),
        Provider(
            block_id="open-router", name="OpenRouter", base_url="https://openrouter.ai/api/v1"
        ),
        Provider(
            block_id="deepseek",
            name="DeepSeek",
            base_url="https://api.deepseek.com/v1",
            default_model="deepseek-chat",
        ),
        Provider(
            block_id="perplexity",
            name="Perplexity",
            base_url="https://api.perplexity.ai",
            default_model="sonar",
        ),
        Provider(
            block_id="anthropic",
            name="Anthropic",
            base_url="https://api.anthropic.com/v1",
            wire=WireFormat.ANTHROPIC,
        ),
    )
}
"""Every provider, by forge block id."""


@dataclass(frozen=True)
class Endpoint:
    """Where a call with a stored key goes, and the block's base URL when it was not used."""

    url: str
    ignored_block_url: str | None = None


def _cleaned(url: str | None) -> str | None:
    return url.strip().rstrip("/") if url and url.strip() else None


def base_url_of(
    provider: Provider, *, credential_url: str | None, block_url: str | None
) -> Endpoint:
    """Where to call: the credential's base URL, else the provider's own; never elsewhere.

    A stored key is only ever sent where the credentials' owner (a workspace admin) chose. The
    block's base URL is editable by any bot editor, and Typebot substitutes variables into it,
    so honouring it would hand the key to whoever points it at their own server. It is used
    only when it is that same URL; any other is reported as ``ignored_block_url`` (except the
    provider's default, which Typebot's OpenAI block stores on its own). Azure and self-hosted
    servers are set as the credentials' base URL instead.
    """
    trusted = _cleaned(credential_url) or provider.base_url
    block = _cleaned(block_url)
    ignored = None if block in (None, trusted, provider.base_url) else block
    return Endpoint(trusted, ignored)
