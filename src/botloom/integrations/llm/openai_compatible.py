"""Chat completions over the OpenAI API and every server that copies it (Mistral, Groq,
Together, OpenRouter, DeepSeek, Perplexity, vLLM, Ollama...)."""

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
    ToolSpec,
    Usage,
    request_rounds,
    rounds_exhausted,
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
        if request.tools is not None and request.tools.specs:
            body["tools"] = [_tool(spec) for spec in request.tools.specs]
        return body

    async def complete(self, request: ChatRequest) -> ChatCompletion:
        """The whole answer to ``request``; the functions the model asks for are run and their
        results sent back until it answers."""
        body = self._body(request)
        usage = Usage()
        for _round in request_rounds(request.tools):
            data = await self.api.post_json("/chat/completions", body)
            usage += _usage(data.get("usage"))
            message = _first_message(data)
            calls = _tool_calls(message.get("tool_calls"))
            if not calls or request.tools is None:
                content = message.get("content")
                return ChatCompletion(content if isinstance(content, str) else "", usage)
            body["messages"] += await _tool_messages(request.tools, calls, message)
        raise rounds_exhausted(request.tools)

    async def stream(self, request: ChatRequest) -> AsyncIterator[StreamEvent]:
        """The answer piece by piece as the server sends it, then its token counts; the
        functions the model asks for are run in between, out of the stream."""
        body = self._body(request) | {"stream": True}
        if self._asks_stream_usage:
            body["stream_options"] = {"include_usage": True}
        usage = Usage()
        for _round in request_rounds(request.tools):
            calls = _StreamedCalls()
            async for event in posted_events(self.api, "/chat/completions", body):
                chunk = event.json()
                if "error" in chunk:
                    raise LlmError("The provider failed while streaming", details=str(chunk))
                if chunk.get("usage"):
                    usage += _usage(chunk["usage"])
                delta = _delta(chunk)
                calls.add(delta.get("tool_calls"))
                text = delta.get("content")
                if isinstance(text, str) and text:
                    yield TextDelta(text)
            finished = calls.finished()
            if not finished or request.tools is None:
                yield StreamEnd(usage)
                return
            body["messages"] += await _tool_messages(request.tools, finished, {})
        raise rounds_exhausted(request.tools)

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
        content = _first_message(data).get("content")
        text = content if isinstance(content, str) else ""
        return parse_json_object(text), _usage(data.get("usage"))


def _tool(spec: ToolSpec) -> dict[str, Any]:
    function: dict[str, Any] = {"name": spec.name, "parameters": spec.parameters}
    if spec.description:
        function["description"] = spec.description
    return {"type": "function", "function": function}


def _first_message(data: dict[str, Any]) -> dict[str, Any]:
    try:
        message = data["choices"][0]["message"]
    except (KeyError, IndexError, TypeError) as exc:
        raise LlmError("The provider's answer has no message", details=str(data)[:500]) from exc
    if not isinstance(message, dict):
        raise LlmError("The provider's answer has no message", details=str(data)[:500])
    return message


def _tool_calls(raw: object) -> list[ToolCall]:
    """The function calls of a whole answer's message."""
    if not isinstance(raw, list):
        return []
    calls = []
    for item in raw:
        function = item.get("function") if isinstance(item, dict) else None
        if isinstance(function, dict) and isinstance(function.get("name"), str):
            arguments = function.get("arguments")
            calls.append(
                ToolCall(
                    id=str(item.get("id") or ""),
                    name=function["name"],
                    arguments=arguments if isinstance(arguments, str) else "{}",
                )
            )
    return calls


async def _tool_messages(
    tools: Tools, calls: list[ToolCall], message: dict[str, Any]
) -> list[dict[str, Any]]:
    """The model's message asking for ``calls``, then one ``tool`` message per result."""
    asked = {
        "role": "assistant",
        "content": message.get("content"),
        "tool_calls": [
            {
                "id": call.id,
                "type": "function",
                "function": {"name": call.name, "arguments": call.arguments},
            }
            for call in calls
        ],
    }
    results = await tools.results(calls)
    return [
        asked,
        *({"role": "tool", "tool_call_id": call.id, "content": out} for call, out in results),
    ]


def _delta(chunk: dict[str, Any]) -> dict[str, Any]:
    choices = chunk.get("choices")
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        return {}
    delta = choices[0].get("delta")
    return delta if isinstance(delta, dict) else {}


class _StreamedCalls:
    """Function calls arriving in pieces: each chunk carries, by index, the call's id and name
    once, and a piece of its arguments' text."""

    def __init__(self) -> None:
        self._parts: dict[int, dict[str, str]] = {}

    def add(self, raw: object) -> None:
        """Take in a chunk's ``tool_calls`` pieces."""
        if not isinstance(raw, list):
            return
        for piece in raw:
            if not isinstance(piece, dict):
                continue
            index = piece.get("index")
            part = self._parts.setdefault(index if isinstance(index, int) else 0, {})
            if isinstance(piece.get("id"), str):
                part["id"] = piece["id"]
            function = piece.get("function")
            if isinstance(function, dict):
                if isinstance(function.get("name"), str):
                    part["name"] = part.get("name", "") + function["name"]
                if isinstance(function.get("arguments"), str):
                    part["arguments"] = part.get("arguments", "") + function["arguments"]

    def finished(self) -> list[ToolCall]:
        """The calls put together, in order."""
        return [
            ToolCall(part.get("id", ""), part["name"], part.get("arguments") or "{}")
            for _index, part in sorted(self._parts.items())
            if part.get("name")
        ]


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
