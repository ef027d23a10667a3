"""Chat over Anthropic's Messages API."""

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

API_VERSION = "2023-06-01"
DEFAULT_MAX_TOKENS = 1024
"""Anthropic requires ``max_tokens``; Typebot's block defaults to this."""
EXTRACT_TOOL = "save_variables"


def _usage(raw: object) -> Usage:
    return Usage.read(raw, prompt="input_tokens", completion="output_tokens")


class AnthropicClient:
    """The ``/messages`` API at ``base_url`` (``https://api.anthropic.com/v1`` by default)."""

    def __init__(
        self, http: httpx.AsyncClient, *, base_url: str, api_key: str, timeout: float
    ) -> None:
        self._api = ProviderApi(
            http=http,
            base_url=base_url.rstrip("/"),
            headers={"x-api-key": api_key, "anthropic-version": API_VERSION},
            time_limit=timeout,
        )

    def _body(self, request: ChatRequest) -> dict[str, Any]:
        system = "\n\n".join(m.content for m in request.messages if m.role == "system")
        body: dict[str, Any] = {
            "model": request.model,
            "max_tokens": request.max_tokens or DEFAULT_MAX_TOKENS,
            "messages": [
                {"role": m.role, "content": m.content}
                for m in request.messages
                if m.role != "system"
            ],
        }
        if system:
            body["system"] = system
        if request.temperature is not None:
            body["temperature"] = request.temperature
        return body

    async def complete(self, request: ChatRequest) -> ChatCompletion:
        """The whole answer to ``request``."""
        data = await self._api.post_json("/messages", self._body(request))
        text = "".join(
            str(block.get("text", ""))
            for block in _content_blocks(data)
            if block.get("type") == "text"
        )
        return ChatCompletion(content=text, usage=_usage(data.get("usage")))

    async def stream(self, request: ChatRequest) -> AsyncIterator[StreamEvent]:
        """The answer piece by piece as Anthropic sends it, then its token counts."""
        prompt_tokens = completion_tokens = 0
        body = self._body(request) | {"stream": True}
        async with self._api.open_stream("/messages", body) as response:
            async for event in server_events(response):
                data = event.json()
                kind = data.get("type", event.event)
                if kind == "error":
                    error = data.get("error")
                    message = error.get("message") if isinstance(error, dict) else None
                    raise LlmError("The provider failed while streaming", details=str(message))
                if kind == "message_start":
                    message_usage = _usage((data.get("message") or {}).get("usage"))
                    prompt_tokens = message_usage.prompt_tokens
                elif kind == "message_delta":
                    completion_tokens = _usage(data.get("usage")).completion_tokens
                elif kind == "content_block_delta":
                    delta = data.get("delta") or {}
                    if delta.get("type") == "text_delta" and delta.get("text"):
                        yield TextDelta(str(delta["text"]))
                elif kind == "message_stop":
                    break
        yield StreamEnd(Usage(prompt_tokens=prompt_tokens, completion_tokens=completion_tokens))

    async def extract_json(
        self, request: ChatRequest, schema: dict[str, Any]
    ) -> tuple[dict[str, Any], Usage]:
        """Make the model call one tool whose input schema is ``schema``; its input is the
        object (Anthropic's way to get structured output)."""
        body = self._body(request)
        body["tools"] = [
            {
                "name": EXTRACT_TOOL,
                "description": "Save the extracted values.",
                "input_schema": schema,
            }
        ]
        body["tool_choice"] = {"type": "tool", "name": EXTRACT_TOOL}
        data = await self._api.post_json("/messages", body)
        for block in _content_blocks(data):
            if block.get("type") == "tool_use" and isinstance(block.get("input"), dict):
                return dict(block["input"]), _usage(data.get("usage"))
        raise LlmError("The model did not give the values", details=str(data)[:500])


def _content_blocks(data: dict[str, Any]) -> list[dict[str, Any]]:
    content = data.get("content")
    if not isinstance(content, list):
        raise LlmError("The provider's answer has no content", details=str(data)[:500])
    return [block for block in content if isinstance(block, dict)]
