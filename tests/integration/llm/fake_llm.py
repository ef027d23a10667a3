"""A stand-in for OpenAI-compatible and Anthropic APIs on loopback (aiohttp), scripted per test.

Each chat call takes the next scripted ``Reply`` (or the default one): its text in chunks, an
HTTP error, a delay before answering, and gates the stream waits on between chunks, so a test
can check that a piece reached the client before the next one was even sent.
"""

import asyncio
import json
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.support.loopback import LoopbackServer


@dataclass
class Reply:
    """What the fake answers to one chat call."""

    chunks: list[str] = field(default_factory=lambda: ["Hello", " there"])
    status: int = 200
    error: str = "Something went wrong"
    delay: float = 0.0
    gates: dict[int, asyncio.Event] = field(default_factory=dict)
    """Before sending chunk ``i`` (i ≥ 1), wait for ``gates[i]``."""
    json_answer: dict[str, Any] | None = None
    prompt_tokens: int = 7
    completion_tokens: int = 5
    redirect_to: str | None = None
    """Answer with a redirect (``redirect_status``) to this URL instead."""
    redirect_status: int = 302
    tool_calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    """Ask for these functions (name, arguments) instead of answering with text."""

    @property
    def text(self) -> str:
        return "".join(self.chunks)


@dataclass
class Call:
    """A request the fake received."""

    path: str
    headers: dict[str, str]
    body: Any


class FakeLlmServer(LoopbackServer):
    """The fake API at ``base_url`` (``http://127.0.0.1:PORT/v1``)."""

    def __init__(self) -> None:
        super().__init__()
        self.replies: deque[Reply] = deque()
        self.calls: list[Call] = []
        self.audio = b"ID3-fake-audio-bytes"
        self.audio_chunked = False
        """Send the audio file without a length, in pieces (so only counting can cap it)."""
        self.threads = 0
        self.responses = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def script(self, *replies: Reply) -> None:
        self.replies.extend(replies)

    def chat_calls(self) -> list[Call]:
        return [c for c in self.calls if c.path.endswith(("/chat/completions", "/messages"))]

    def add_routes(self, app: web.Application) -> None:
        app.router.add_post("/v1/chat/completions", self._openai_chat)
        app.router.add_post("/v1/messages", self._anthropic_messages)
        app.router.add_post("/v1/responses", self._responses)
        app.router.add_post("/v1/audio/speech", self._speech)
        app.router.add_post("/v1/audio/transcriptions", self._transcription)
        app.router.add_post("/v1/threads", self._new_thread)
        app.router.add_post("/v1/threads/{thread}/messages", self._thread_message)
        app.router.add_post("/v1/threads/{thread}/runs", self._run)
        app.router.add_post("/v1/threads/{thread}/runs/{run}/submit_tool_outputs", self._run)
        app.router.add_get("/files/clip.mp3", self._audio_file)

    # Recording and scripting -------------------------------------------------------------------

    async def _record(self, request: web.Request) -> Call:
        if request.content_type == "application/json":
            body: Any = await request.json()
        elif request.content_type.startswith("multipart/"):
            form = await request.post()
            body = {
                key: (value.file.read() if isinstance(value, web.FileField) else value)
                for key, value in form.items()
            }
        else:
            body = await request.text()
        call = Call(request.path, dict(request.headers), body)
        self.calls.append(call)
        return call

    def _next(self) -> Reply:
        return self.replies.popleft() if self.replies else Reply()

    async def _error_or_none(self, reply: Reply) -> web.Response | None:
        if reply.delay:
            await asyncio.sleep(reply.delay)
        if reply.redirect_to is not None:
            return web.Response(
                status=reply.redirect_status, headers={"Location": reply.redirect_to}
            )
        if reply.status >= 400:
            return web.json_response(
                {"error": {"message": reply.error, "type": "fake_error"}}, status=reply.status
            )
        return None

    async def _stream(
        self,
        request: web.Request,
        reply: Reply,
        piece: Any,
        *,
        head: list[tuple[str | None, Any]],
        tail: list[tuple[str | None, Any]],
    ) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)

        async def send(event: str | None, data: Any) -> None:
            text = data if isinstance(data, str) else json.dumps(data)
            line = (f"event: {event}\n" if event else "") + f"data: {text}\n\n"
            await response.write(line.encode())

        for event, data in head:
            await send(event, data)
        for index, chunk in enumerate(reply.chunks):
            gate = reply.gates.get(index)
            if gate is not None:
                await asyncio.wait_for(gate.wait(), 10)
            event, data = piece(chunk)
            await send(event, data)
        for event, data in tail:
            await send(event, data)
        await response.write_eof()
        return response

    # OpenAI-compatible ---------------------------------------------------------------------------

    async def _openai_chat(self, request: web.Request) -> web.StreamResponse:
        call = await self._record(request)
        reply = self._next()
        error = await self._error_or_none(reply)
        if error is not None:
            return error
        usage = {
            "prompt_tokens": reply.prompt_tokens,
            "completion_tokens": reply.completion_tokens,
            "total_tokens": reply.prompt_tokens + reply.completion_tokens,
        }
        calls = [
            {
                "id": f"call_{index}",
                "type": "function",
                "function": {"name": name, "arguments": json.dumps(arguments)},
            }
            for index, (name, arguments) in enumerate(reply.tool_calls)
        ]
        if not call.body.get("stream"):
            content = json.dumps(reply.json_answer) if reply.json_answer else reply.text
            message: dict[str, Any] = {"role": "assistant", "content": content}
            if calls:
                message = {"role": "assistant", "content": None, "tool_calls": calls}
            return web.json_response(
                {
                    "id": "chatcmpl-1",
                    "object": "chat.completion",
                    "choices": [{"index": 0, "message": message}],
                    "usage": usage,
                }
            )
        if calls:
            return await self._stream_tool_calls(request, calls, usage)
        tail: list[tuple[str | None, Any]] = [
            (None, {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
        ]
        if call.body.get("stream_options", {}).get("include_usage"):
            tail.append((None, {"choices": [], "usage": usage}))
        tail.append((None, "[DONE]"))
        return await self._stream(
            request,
            reply,
            lambda chunk: (None, {"choices": [{"index": 0, "delta": {"content": chunk}}]}),
            head=[(None, {"choices": [{"index": 0, "delta": {"role": "assistant"}}]})],
            tail=tail,
        )

    async def _stream_tool_calls(
        self, request: web.Request, calls: list[dict[str, Any]], usage: dict[str, int]
    ) -> web.StreamResponse:
        """Function calls as OpenAI streams them: id and name first, the arguments' text in
        two pieces, then ``finish_reason: tool_calls``."""
        pieces: list[dict[str, Any]] = []
        for index, call in enumerate(calls):
            arguments = call["function"]["arguments"]
            half = len(arguments) // 2
            pieces.append(
                {
                    "index": index,
                    "id": call["id"],
                    "type": "function",
                    "function": {"name": call["function"]["name"], "arguments": arguments[:half]},
                }
            )
            pieces.append({"index": index, "function": {"arguments": arguments[half:]}})
        return await self._stream(
            request,
            Reply(chunks=[]),
            lambda chunk: (None, chunk),
            head=[
                (None, {"choices": [{"index": 0, "delta": {"tool_calls": [piece]}}]})
                for piece in pieces
            ],
            tail=[
                (None, {"choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]}),
                (None, {"choices": [], "usage": usage}),
                (None, "[DONE]"),
            ],
        )

    # Responses API -----------------------------------------------------------------------------

    async def _responses(self, request: web.Request) -> web.StreamResponse:
        """A streamed response as OpenAI's Responses API sends it: the text as an output message
        item, or the scripted function calls as ``function_call`` items whose arguments come in
        ``function_call_arguments`` deltas; each event's name is also its ``type``."""
        await self._record(request)
        reply = self._next()
        error = await self._error_or_none(reply)
        if error is not None:
            return error
        self.responses += 1
        response_id = f"resp_{self.responses}"

        def event(kind: str, **data: Any) -> tuple[str, dict[str, Any]]:
            return kind, {"type": kind, **data}

        head = [event("response.created", response={"id": response_id, "status": "in_progress"})]
        for index, (name, arguments) in enumerate(reply.tool_calls):
            item = {
                "type": "function_call",
                "id": f"fc_{index}",
                "call_id": f"call_{index}",
                "name": name,
                "arguments": "",
            }
            text = json.dumps(arguments)
            head += [
                event("response.output_item.added", output_index=index, item=item),
                event("response.function_call_arguments.delta", output_index=index, delta=text[:3]),
                event("response.function_call_arguments.delta", output_index=index, delta=text[3:]),
                event("response.function_call_arguments.done", output_index=index, arguments=text),
                event(
                    "response.output_item.done", output_index=index, item=item | {"arguments": text}
                ),
            ]
        chunks = [] if reply.tool_calls else reply.chunks
        if chunks:
            message = {"type": "message", "id": "msg_1", "role": "assistant", "content": []}
            head.append(event("response.output_item.added", output_index=0, item=message))
        usage = {"input_tokens": reply.prompt_tokens, "output_tokens": reply.completion_tokens}
        tail = [
            event(
                "response.completed",
                response={"id": response_id, "status": "completed", "usage": usage},
            )
        ]
        return await self._stream(
            request,
            Reply(chunks=chunks, gates=reply.gates),
            lambda chunk: event(
                "response.output_text.delta", output_index=0, content_index=0, delta=chunk
            ),
            head=list(head),
            tail=list(tail),
        )

    # Anthropic -----------------------------------------------------------------------------------

    async def _anthropic_messages(self, request: web.Request) -> web.StreamResponse:
        call = await self._record(request)
        reply = self._next()
        error = await self._error_or_none(reply)
        if error is not None:
            return error
        uses = [
            {"type": "tool_use", "id": f"toolu_{index}", "name": name, "input": arguments}
            for index, (name, arguments) in enumerate(reply.tool_calls)
        ]
        if not call.body.get("stream"):
            if uses:
                content: list[dict[str, Any]] = uses
            elif call.body.get("tool_choice"):
                content = [
                    {
                        "type": "tool_use",
                        "id": "toolu_1",
                        "name": call.body["tools"][0]["name"],
                        "input": reply.json_answer or {},
                    }
                ]
            else:
                content = [{"type": "text", "text": reply.text}]
            return web.json_response(
                {
                    "id": "msg_1",
                    "type": "message",
                    "role": "assistant",
                    "content": content,
                    "usage": {
                        "input_tokens": reply.prompt_tokens,
                        "output_tokens": reply.completion_tokens,
                    },
                }
            )
        if uses:
            return await self._stream_tool_uses(request, uses, reply)
        return await self._stream(
            request,
            reply,
            lambda chunk: (
                "content_block_delta",
                {
                    "type": "content_block_delta",
                    "index": 0,
                    "delta": {"type": "text_delta", "text": chunk},
                },
            ),
            head=[
                (
                    "message_start",
                    {
                        "type": "message_start",
                        "message": {"usage": {"input_tokens": reply.prompt_tokens}},
                    },
                ),
                ("content_block_start", {"type": "content_block_start", "index": 0}),
            ],
            tail=[
                ("content_block_stop", {"type": "content_block_stop", "index": 0}),
                (
                    "message_delta",
                    {
                        "type": "message_delta",
                        "usage": {"output_tokens": reply.completion_tokens},
                    },
                ),
                ("message_stop", {"type": "message_stop"}),
            ],
        )

    async def _stream_tool_uses(
        self, request: web.Request, uses: list[dict[str, Any]], reply: Reply
    ) -> web.StreamResponse:
        """``tool_use`` blocks as Anthropic streams them: the block with an empty input, then
        the input's JSON in two ``input_json_delta`` pieces."""
        events: list[tuple[str | None, Any]] = [
            (
                "message_start",
                {
                    "type": "message_start",
                    "message": {"usage": {"input_tokens": reply.prompt_tokens}},
                },
            )
        ]
        for index, use in enumerate(uses):
            text = json.dumps(use["input"])
            events.append(
                (
                    "content_block_start",
                    {
                        "type": "content_block_start",
                        "index": index,
                        "content_block": use | {"input": {}},
                    },
                )
            )
            for piece in (text[:2], text[2:]):
                delta = {"type": "input_json_delta", "partial_json": piece}
                events.append(
                    (
                        "content_block_delta",
                        {"type": "content_block_delta", "index": index, "delta": delta},
                    )
                )
            events.append(("content_block_stop", {"type": "content_block_stop", "index": index}))
        events += [
            (
                "message_delta",
                {
                    "type": "message_delta",
                    "delta": {"stop_reason": "tool_use"},
                    "usage": {"output_tokens": reply.completion_tokens},
                },
            ),
            ("message_stop", {"type": "message_stop"}),
        ]
        return await self._stream(
            request, Reply(chunks=[]), lambda chunk: (None, chunk), head=events, tail=[]
        )

    # Audio and assistants ------------------------------------------------------------------------

    async def _speech(self, request: web.Request) -> web.Response:
        call = await self._record(request)
        reply = self._next()
        error = await self._error_or_none(reply)
        if error is not None:
            return error
        return web.Response(body=b"ID3" + call.body["input"].encode(), content_type="audio/mpeg")

    async def _transcription(self, request: web.Request) -> web.Response:
        call = await self._record(request)
        reply = self._next()
        error = await self._error_or_none(reply)
        if error is not None:
            return error
        audio: bytes = call.body["file"]
        return web.json_response({"text": f"{reply.text} ({len(audio)} bytes)"})

    async def _audio_file(self, request: web.Request) -> web.StreamResponse:
        if not self.audio_chunked:
            return web.Response(body=self.audio, content_type="audio/mpeg")
        response = web.StreamResponse(headers={"Content-Type": "audio/mpeg"})
        response.enable_chunked_encoding()
        await response.prepare(request)
        piece = 2**20
        for start in range(0, len(self.audio), piece):
            await response.write(self.audio[start : start + piece])
        await response.write_eof()
        return response

    async def _new_thread(self, request: web.Request) -> web.Response:
        await self._record(request)
        self.threads += 1
        return web.json_response({"id": f"thread_{self.threads}", "object": "thread"})

    async def _thread_message(self, request: web.Request) -> web.Response:
        await self._record(request)
        return web.json_response({"id": "msg_1", "object": "thread.message"})

    async def _run(self, request: web.Request) -> web.StreamResponse:
        """A run streamed: its answer, or (with scripted function calls) the
        ``thread.run.requires_action`` event that waits for their outputs."""
        await self._record(request)
        reply = self._next()
        error = await self._error_or_none(reply)
        if error is not None:
            return error
        if reply.tool_calls:
            calls = [
                {
                    "id": f"call_{index}",
                    "type": "function",
                    "function": {"name": name, "arguments": json.dumps(arguments)},
                }
                for index, (name, arguments) in enumerate(reply.tool_calls)
            ]
            required = {
                "id": "run_1",
                "status": "requires_action",
                "required_action": {
                    "type": "submit_tool_outputs",
                    "submit_tool_outputs": {"tool_calls": calls},
                },
            }
            return await self._stream(
                request,
                Reply(chunks=[]),
                lambda chunk: (None, chunk),
                head=[("thread.run.created", {"id": "run_1", "status": "queued"})],
                tail=[("thread.run.requires_action", required), ("done", "[DONE]")],
            )
        return await self._stream(
            request,
            reply,
            lambda chunk: (
                "thread.message.delta",
                {"delta": {"content": [{"index": 0, "type": "text", "text": {"value": chunk}}]}},
            ),
            head=[("thread.run.created", {"id": "run_1", "status": "queued"})],
            tail=[
                (
                    "thread.run.completed",
                    {
                        "id": "run_1",
                        "status": "completed",
                        "usage": {
                            "prompt_tokens": reply.prompt_tokens,
                            "completion_tokens": reply.completion_tokens,
                        },
                    },
                ),
                ("done", "[DONE]"),
            ],
        )
