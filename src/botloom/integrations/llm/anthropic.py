"""Chat over Anthropic's Messages API, with the block's functions as tools."""

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx

from botloom.integrations.llm.http import ProviderApi
from botloom.integrations.llm.sse import posted_events
from botloom.integrations.llm.types import (
    ChatCompletion,
    ChatRequest,
    LlmError,
    StreamEnd,
    StreamEvent,
    TextDelta,
    ToolCall,
    Tools,
    Usage,
    request_rounds,
    rounds_exhausted,
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
        if request.tools is not None and request.tools.specs:
            body["tools"] = [
                {
                    "name": spec.name,
                    "description": spec.description or "",
                    "input_schema": spec.parameters,
                }
                for spec in request.tools.specs
            ]
        return body

    async def complete(self, request: ChatRequest) -> ChatCompletion:
        """The whole answer to ``request``; the functions the model asks for (``tool_use``
        blocks) are run and their results sent back until it answers."""
        body = self._body(request)
        usage = Usage()
        for _round in request_rounds(request.tools):
            data = await self._api.post_json("/messages", body)
            usage += _usage(data.get("usage"))
            blocks = _content_blocks(data)
            calls = _tool_uses(blocks)
            if not calls or request.tools is None:
                text = "".join(str(b.get("text", "")) for b in blocks if b.get("type") == "text")
                return ChatCompletion(content=text, usage=usage)
            body["messages"] += await _tool_turn(request.tools, blocks, calls)
        raise rounds_exhausted(request.tools)

    async def stream(self, request: ChatRequest) -> AsyncIterator[StreamEvent]:
        """The answer piece by piece as Anthropic sends it, then its token counts; the
        functions the model asks for are run in between, out of the stream."""
        body = self._body(request) | {"stream": True}
        usage = Usage()
        for _round in request_rounds(request.tools):
            message = _StreamedMessage()
            async for event in posted_events(self._api, "/messages", body):
                data = event.json()
                kind = data.get("type", event.event)
                if kind == "error":
                    error = data.get("error")
                    details = error.get("message") if isinstance(error, dict) else None
                    raise LlmError("The provider failed while streaming", details=str(details))
                text = message.take(kind, data)
                if text:
                    yield TextDelta(text)
            usage += message.usage()
            blocks = message.blocks()
            calls = _tool_uses(blocks)
            if not calls or request.tools is None:
                yield StreamEnd(usage)
                return
            body["messages"] += await _tool_turn(request.tools, blocks, calls)
        raise rounds_exhausted(request.tools)

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


class _StreamedMessage:
    """A message arriving in events: its content blocks (text pieces, ``tool_use`` inputs as
    JSON pieces) and its token counts."""

    def __init__(self) -> None:
        self._blocks: dict[int, dict[str, Any]] = {}
        self._json: dict[int, list[str]] = {}
        self._prompt_tokens = self._completion_tokens = 0

    def take(self, kind: object, data: dict[str, Any]) -> str:
        """Keep what an event says; the text it adds to the answer, if any."""
        raw_index = data.get("index")
        index = raw_index if isinstance(raw_index, int) else 0
        if kind == "message_start":
            message_usage = _usage((data.get("message") or {}).get("usage"))
            self._prompt_tokens = message_usage.prompt_tokens
        elif kind == "message_delta":
            self._completion_tokens = _usage(data.get("usage")).completion_tokens
        elif kind == "content_block_start" and isinstance(data.get("content_block"), dict):
            self._blocks[index] = dict(data["content_block"])
        elif kind == "content_block_delta":
            delta = data.get("delta") or {}
            if delta.get("type") == "input_json_delta":
                self._json.setdefault(index, []).append(str(delta.get("partial_json") or ""))
            elif delta.get("type") == "text_delta" and delta.get("text"):
                block = self._blocks.setdefault(index, {"type": "text", "text": ""})
                block["text"] = str(block.get("text") or "") + str(delta["text"])
                return str(delta["text"])
        return ""

    def usage(self) -> Usage:
        """The message's token counts."""
        return Usage(self._prompt_tokens, self._completion_tokens)

    def blocks(self) -> list[dict[str, Any]]:
        """The content blocks put together, ``tool_use`` inputs parsed."""
        out = []
        for index, block in sorted(self._blocks.items()):
            if block.get("type") == "tool_use" and index in self._json:
                text = "".join(self._json[index])
                try:
                    block = block | {"input": json.loads(text) if text.strip() else {}}
                except json.JSONDecodeError as exc:
                    raise LlmError("The model's function call is not JSON", details=text) from exc
            out.append(block)
        return out


def _tool_uses(blocks: list[dict[str, Any]]) -> list[ToolCall]:
    return [
        ToolCall(str(b.get("id") or ""), str(b["name"]), json.dumps(b.get("input") or {}))
        for b in blocks
        if b.get("type") == "tool_use" and b.get("name")
    ]


async def _tool_turn(
    tools: Tools, blocks: list[dict[str, Any]], calls: list[ToolCall]
) -> list[dict[str, Any]]:
    """The model's message asking for ``calls``, then the user's message of their results."""
    results = await tools.results(calls)
    return [
        {"role": "assistant", "content": blocks},
        {
            "role": "user",
            "content": [
                {"type": "tool_result", "tool_use_id": call.id, "content": output}
                for call, output in results
            ],
        },
    ]


def _content_blocks(data: dict[str, Any]) -> list[dict[str, Any]]:
    content = data.get("content")
    if not isinstance(content, list):
        raise LlmError("The provider's answer has no content", details=str(data)[:500])
    return [block for block in content if isinstance(block, dict)]
