"""The OpenAI APIs beyond chat: speech, transcription and assistants (with functions)."""

import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from botloom.integrations.llm.openai_compatible import OpenAICompatibleClient
from botloom.integrations.llm.sse import posted_events
from botloom.integrations.llm.types import (
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

DEFAULT_SPEECH_MODEL = "tts-1"
DEFAULT_TRANSCRIPTION_MODEL = "whisper-1"
ASSISTANTS_HEADER = {"OpenAI-Beta": "assistants=v2"}
CITATION = re.compile(r"【[^】]*】")
"""File-search citations such as 【4:0†source】, which Typebot strips from assistant answers."""


async def create_speech(
    client: OpenAICompatibleClient, *, text: str, voice: str, model: str | None
) -> bytes:
    """MP3 audio of ``text`` read by ``voice``."""
    response = await client.api.send(
        "/audio/speech",
        json={"model": model or DEFAULT_SPEECH_MODEL, "input": text, "voice": voice},
    )
    return response.content


async def create_transcription(
    client: OpenAICompatibleClient, *, audio: bytes, file_name: str, model: str | None = None
) -> str:
    """The text spoken in ``audio``."""
    response = await client.api.send(
        "/audio/transcriptions",
        data={"model": model or DEFAULT_TRANSCRIPTION_MODEL},
        files={"file": (file_name, audio)},
    )
    try:
        text = response.json().get("text")
    except (ValueError, AttributeError) as exc:
        raise LlmError("The transcription answer is not JSON") from exc
    if not isinstance(text, str):
        raise LlmError("The transcription answer has no text")
    return text


@dataclass(frozen=True)
class AssistantQuestion:
    """A message for an assistant, in a thread (a new one when ``thread_id`` is empty)."""

    assistant_id: str
    message: str
    thread_id: str | None = None
    additional_instructions: str | None = None


async def new_thread(client: OpenAICompatibleClient) -> str:
    """A new, empty assistant thread's id."""
    data = await client.api.post_json("/threads", {}, headers=ASSISTANTS_HEADER)
    thread_id = data.get("id")
    if not isinstance(thread_id, str):
        raise LlmError("The provider did not give a thread id")
    return thread_id


async def ask_assistant(
    client: OpenAICompatibleClient,
    *,
    thread_id: str,
    question: AssistantQuestion,
    tools: Tools | None = None,
) -> AsyncIterator[StreamEvent]:
    """Add the question to the thread and run the assistant on it, streaming its answer.

    A run that needs the assistant's functions (``thread.run.requires_action``) gets their
    results from ``tools`` and streams on from ``submit_tool_outputs``."""
    await client.api.post_json(
        f"/threads/{thread_id}/messages",
        {"role": "user", "content": question.message},
        headers=ASSISTANTS_HEADER,
    )
    usage = Usage()
    path = f"/threads/{thread_id}/runs"
    body: dict[str, Any] = {"assistant_id": question.assistant_id, "stream": True}
    if question.additional_instructions:
        body["additional_instructions"] = question.additional_instructions
    for _round in request_rounds(tools):
        required: dict[str, Any] | None = None
        async for event in posted_events(client.api, path, body, headers=ASSISTANTS_HEADER):
            if event.event == "thread.message.delta":
                text = _delta_text(event.json())
                if text:
                    yield TextDelta(text)
            elif event.event == "thread.run.completed":
                usage += Usage.read(
                    event.json().get("usage"),
                    prompt="prompt_tokens",
                    completion="completion_tokens",
                )
            elif event.event in {"thread.run.failed", "thread.run.expired", "error"}:
                raise LlmError("The assistant run failed", details=event.data[:500])
            elif event.event == "thread.run.requires_action":
                required = event.json()
        if required is None:
            yield StreamEnd(usage)
            return
        if tools is None:
            raise LlmError("The assistant asked for functions, and the block defines none")
        run_id, calls = _required_calls(required)
        path = f"/threads/{thread_id}/runs/{run_id}/submit_tool_outputs"
        body = {
            "tool_outputs": [
                {"tool_call_id": call.id, "output": output}
                for call, output in await tools.results(calls)
            ],
            "stream": True,
        }
    raise rounds_exhausted(tools)


def _required_calls(run: dict[str, Any]) -> tuple[str, list[ToolCall]]:
    """The run's id and the function calls it waits for."""
    try:
        raw_calls = run["required_action"]["submit_tool_outputs"]["tool_calls"]
        run_id = str(run["id"])
        calls = [
            ToolCall(str(c["id"]), str(c["function"]["name"]), str(c["function"]["arguments"]))
            for c in raw_calls
        ]
    except (KeyError, TypeError) as exc:
        raise LlmError(
            "The assistant's function calls are unreadable", details=str(run)[:500]
        ) from exc
    return run_id, calls


def _delta_text(data: dict[str, object]) -> str:
    delta = data.get("delta")
    parts = delta.get("content") if isinstance(delta, dict) else None
    if not isinstance(parts, list):
        return ""
    texts = [
        str(part["text"].get("value", ""))
        for part in parts
        if isinstance(part, dict)
        and part.get("type") == "text"
        and isinstance(part.get("text"), dict)
    ]
    return CITATION.sub("", "".join(texts))
