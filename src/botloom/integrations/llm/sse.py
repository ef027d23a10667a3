"""Reading server-sent events, the streaming format of OpenAI-compatible and Anthropic APIs."""

import json
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from botloom.integrations.llm.http import RESPONSE_LIMIT_BYTES, ProviderApi
from botloom.integrations.llm.types import LlmError


@dataclass(frozen=True)
class ServerEvent:
    """One event: its name (``message`` when unnamed) and its data lines joined."""

    event: str
    data: str

    def json(self) -> dict[str, Any]:
        """The data as a JSON object."""
        try:
            value = json.loads(self.data)
        except json.JSONDecodeError as exc:
            raise LlmError(
                "The provider streamed data that is not JSON", details=self.data
            ) from exc
        if not isinstance(value, dict):
            raise LlmError("The provider streamed data that is not an object", details=self.data)
        return value


async def server_events(
    response: httpx.Response, *, max_chars: int = RESPONSE_LIMIT_BYTES
) -> AsyncIterator[ServerEvent]:
    """The events of a streamed response, each as soon as its blank line arrives; a stream
    longer than ``max_chars`` in all is cut with an ``LlmError``."""
    event = "message"
    data: list[str] = []
    received = 0
    async for line in response.aiter_lines():
        received += len(line) + 1
        if received > max_chars:
            raise LlmError(f"The provider streamed more than {max_chars // 2**20} MB")
        if not line:
            if data:
                yield ServerEvent(event, "\n".join(data))
            event, data = "message", []
            continue
        if line.startswith(":"):
            continue
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "event":
            event = value
        elif name == "data":
            data.append(value)
    if data:
        yield ServerEvent(event, "\n".join(data))


async def posted_events(
    api: ProviderApi, path: str, body: dict[str, Any], *, headers: Mapping[str, str] | None = None
) -> AsyncIterator[ServerEvent]:
    """POST ``body`` to an API path and the events it streams back, up to OpenAI's closing
    ``[DONE]``; the answer is closed once they are read."""
    async with api.open_stream(path, body, headers=headers) as response:
        async for event in server_events(response):
            if event.data.strip() == "[DONE]":
                return
            yield event
