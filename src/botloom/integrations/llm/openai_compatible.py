"""Chat completions over the OpenAI API and every server that copies it (Mistral, Groq,
Together, OpenRouter, DeepSeek, Perplexity, vLLM, Ollama...)."""

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx

from botloom.integrations.llm.http import ProviderApi
from botloom.integrations.llm.sse import server_events
from botloom.integrations.llm.types import (
    ChatCompletion,
    ChatRequest,
    LlmError,
    StreamEnd,
    StreamEvent,
    TextDelta,
    Usage,
)

JSON_INSTRUCTIONS = (
    "Answer with one JSON object and nothing else. It must match this JSON schema:\n{schema}"
)


def _usage(raw: object) -> Usage:
    return Usage.read(raw, prompt="prompt_tokens", completion="completion_tokens")


class OpenAICompatibleClient:
    """The ``/chat/completions`` API at ``base_url`` (which ends before ``/chat``)."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        base_url: str,
        api_key: str,
        timeout: float,
        api_version: str | None = None,
        asks_stream_usage: bool = False,
    ) -> None:
        self._asks_stream_usage = asks_stream_usage
        # Azure OpenAI authenticates with ``api-key`` and versions its API in the query.
        self.api = ProviderApi(
            http=http,
            base_url=base_url.rstrip("/"),
            headers={"Authorization": f"Bearer {api_key}", "api-key": api_key},
            time_limit=timeout,
            params={"api-version": api_version} if api_version else None,
        )
        """The API beyond chat (``openai_extras``) is called through this too."""

    def _body(self, request: ChatRequest) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": request.model,
            "messages": [{"role": m.role, "content": m.content} for m in request.messages],
        }
        if request.temperature is not None:
            body["temperature"] = request.temperature
        if request.max_tokens is not None:
            body["max_tokens"] = request.max_tokens
        return body

    async def complete(self, request: ChatRequest) -> ChatCompletion:
        """The whole answer to ``request``."""
        data = await self.api.post_json("/chat/completions", self._body(request))
        return ChatCompletion(content=_first_message(data), usage=_usage(data.get("usage")))

    async def stream(self, request: ChatRequest) -> AsyncIterator[StreamEvent]:
        """The answer piece by piece as the server sends it, then its token counts."""
        body = self._body(request) | {"stream": True}
        if self._asks_stream_usage:
            body["stream_options"] = {"include_usage": True}
        usage = Usage()
        async with self.api.open_stream("/chat/completions", body) as response:
            async for event in server_events(response):
                if event.data.strip() == "[DONE]":
                    break
                chunk = event.json()
                if "error" in chunk:
                    raise LlmError("The provider failed while streaming", details=str(chunk))
                if chunk.get("usage"):
                    usage = _usage(chunk["usage"])
                text = _delta_text(chunk)
                if text:
                    yield TextDelta(text)
        yield StreamEnd(usage)

    async def extract_json(
        self, request: ChatRequest, schema: dict[str, Any]
    ) -> tuple[dict[str, Any], Usage]:
        """Ask for a JSON object (JSON mode, with the schema spelled out in a system message,
        which every compatible server understands) and read it."""
        instructions = JSON_INSTRUCTIONS.format(schema=json.dumps(schema))
        body = self._body(request)
        body["messages"] = [{"role": "system", "content": instructions}, *body["messages"]]
        body["response_format"] = {"type": "json_object"}
        data = await self.api.post_json("/chat/completions", body)
        return parse_json_object(_first_message(data)), _usage(data.get("usage"))


def _first_message(data: dict[str, Any]) -> str:
    try:
        content = data["choices"][0]["message"].get("content")
    except (KeyError, IndexError, TypeError, AttributeError) as exc:
        raise LlmError("The provider's answer has no message", details=str(data)[:500]) from exc
    return content if isinstance(content, str) else ""


def _delta_text(chunk: dict[str, Any]) -> str:
    choices = chunk.get("choices")
    if not isinstance(choices, list) or not choices:
        return ""
    delta = choices[0].get("delta") if isinstance(choices[0], dict) else None
    content = delta.get("content") if isinstance(delta, dict) else None
    return content if isinstance(content, str) else ""


def parse_json_object(text: str) -> dict[str, Any]:
    """A model's JSON answer; models sometimes wrap it in a Markdown code fence."""
    cleaned = text.strip()
    if cleaned.startswith("```"):
        cleaned = cleaned.strip("`").removeprefix("json").strip()
    try:
        value = json.loads(cleaned)
    except json.JSONDecodeError as exc:
        raise LlmError("The model did not answer with JSON", details=text[:500]) from exc
    if not isinstance(value, dict):
        raise LlmError("The model did not answer with a JSON object", details=text[:500])
    return value
