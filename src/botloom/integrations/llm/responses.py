"""OpenAI's Responses API (``POST /responses``), which Typebot's "Ask Model" calls: one message
and instructions, the conversation carried on by the previous response's id, built-in tools
(web search, file search, code interpreter) and the block's own functions.

The answer is always streamed. Function calls arrive as ``function_call`` output items; their
results go back as ``function_call_output`` inputs of a new response that continues the one
that asked, until the model answers with text.
"""

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

from botloom.integrations.llm.openai_compatible import OpenAICompatibleClient
from botloom.integrations.llm.sse import posted_events
from botloom.integrations.llm.types import (
    LlmError,
    StreamEnd,
    TextDelta,
    ToolCall,
    Tools,
    Usage,
    request_rounds,
    rounds_exhausted,
)

FAILED_EVENTS = frozenset({"response.failed", "response.incomplete", "error"})


@dataclass(frozen=True)
class ModelQuestion:
    """What "Ask Model" sends: the message, and how the model should treat it."""

    model: str
    message: str
    instructions: str | None = None
    previous_response_id: str | None = None
    temperature: float | None = None
    builtin_tools: list[dict[str, Any]] = field(default_factory=list)
    """Tools OpenAI runs itself (``web_search_preview``, ``file_search``...)."""


@dataclass(frozen=True)
class ResponseEnd(StreamEnd):
    """The end of the answer, with the id of the last response (to continue from)."""

    response_id: str | None = None


ResponseEvent = TextDelta | ResponseEnd


def _first_body(question: ModelQuestion, tools: Tools | None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "model": question.model,
        "input": [{"role": "user", "content": question.message}],
        "stream": True,
    }
    if question.instructions:
        body["instructions"] = question.instructions
    if question.previous_response_id:
        body["previous_response_id"] = question.previous_response_id
    if question.temperature is not None:
        body["temperature"] = question.temperature
    functions = [
        {
            "type": "function",
            "name": spec.name,
            "description": spec.description or "",
            "parameters": spec.parameters,
        }
        for spec in (tools.specs if tools is not None else [])
    ]
    if question.builtin_tools or functions:
        body["tools"] = [*question.builtin_tools, *functions]
    return body


class _Round:
    """What one streamed response said besides its text: its id, usage and function calls."""

    def __init__(self) -> None:
        self.response_id: str | None = None
        self.usage = Usage()
        self._items: dict[int, dict[str, Any]] = {}

    def take(self, kind: str, data: dict[str, Any]) -> None:
        """Keep what an event (other than a text delta) says about the response."""
        index = data.get("output_index")
        item = data.get("item")
        if kind in {"response.output_item.added", "response.output_item.done"}:
            if isinstance(index, int) and isinstance(item, dict):
                self._items[index] = dict(item)
        elif kind == "response.function_call_arguments.delta" and isinstance(index, int):
            current = self._items.setdefault(index, {})
            current["arguments"] = str(current.get("arguments") or "") + str(data.get("delta"))
        elif kind in {"response.created", "response.completed"}:
            response = data.get("response")
            if isinstance(response, dict):
                if isinstance(response.get("id"), str):
                    self.response_id = response["id"]
                if kind == "response.completed":
                    raw = response.get("usage")
                    self.usage = Usage.read(raw, prompt="input_tokens", completion="output_tokens")

    def calls(self) -> list[ToolCall]:
        """The functions the response asked for, in order."""
        return [
            ToolCall(
                str(item.get("call_id") or item.get("id") or ""),
                str(item["name"]),
                str(item.get("arguments") or "{}"),
            )
            for _index, item in sorted(self._items.items())
            if item.get("type") == "function_call" and item.get("name")
        ]


async def ask_model(
    client: OpenAICompatibleClient, question: ModelQuestion, tools: Tools | None = None
) -> AsyncIterator[ResponseEvent]:
    """The model's answer to ``question`` piece by piece, running the functions it asks for
    in between; then a ``ResponseEnd`` with the last response's id and the token counts."""
    body = _first_body(question, tools)
    usage = Usage()
    for _round in request_rounds(tools):
        round_ = _Round()
        async for event in posted_events(client.api, "/responses", body):
            data = event.json()
            kind = str(data.get("type") or event.event)
            if kind == "response.output_text.delta":
                text = data.get("delta")
                if isinstance(text, str) and text:
                    yield TextDelta(text)
            elif kind in FAILED_EVENTS:
                raise LlmError("The model's response failed", details=event.data[:500])
            else:
                round_.take(kind, data)
        usage += round_.usage
        calls = round_.calls()
        if not calls or tools is None:
            yield ResponseEnd(usage, round_.response_id)
            return
        results = await tools.results(calls)
        body = {
            key: value
            for key, value in body.items()
            if key not in {"input", "previous_response_id"}
        }
        body["previous_response_id"] = round_.response_id
        body["input"] = [
            {"type": "function_call_output", "call_id": call.id, "output": output}
            for call, output in results
        ]
    raise rounds_exhausted(tools)
