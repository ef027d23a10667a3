"""``POST /api/v2/sessions/{sessionId}/streamMessage``: an AI answer streamed to the widget in
the data-stream format (docs/chat-api.md), each piece sent the moment it arrives.

The headers keep proxies from holding the pieces back: ``X-Accel-Buffering: no`` (nginx),
``Cache-Control: no-cache, no-transform`` (no caching, no compression on the way).
"""

from typing import Annotated, Any

from fastapi import Body, Path, Request
from fastapi.responses import StreamingResponse

from botloom.api.deps import RuntimeDep
from botloom.api.errors import ERROR_RESPONSES
from botloom.api.routing import api_router
from botloom.channels.web.routes import request_origin
from botloom.domain.chat.streaming import prepare_stream, run_stream
from botloom.domain.schemas import ApiModel
from botloom.integrations.llm.datastream import text_part

router = api_router(prefix="/api", tags=["chat"])

STREAM_HEADERS = {
    "Cache-Control": "no-cache, no-transform",
    "X-Accel-Buffering": "no",
    "X-Vercel-AI-Data-Stream": "v1",
}


class StreamMessageBody(ApiModel):
    """The widget sends ``{}``; old widgets send the prompt, which the server already knows."""

    messages: list[dict[str, Any]] | None = None


@router.post(
    "/v2/sessions/{sessionId}/streamMessage",
    responses=ERROR_RESPONSES | {200: {"content": {"text/plain": {}}}},
    response_class=StreamingResponse,
)
async def stream_message(
    session_id: Annotated[str, Path(alias="sessionId")],
    request: Request,
    runtime: RuntimeDep,
    body: Annotated[StreamMessageBody | None, Body()] = None,
) -> StreamingResponse:
    """Stream the answer the chat is waiting for; the client then continueChats with it."""
    prepared = await prepare_stream(
        runtime=runtime,
        session_id=session_id,
        origin=request_origin(request),
    )
    return StreamingResponse(
        run_stream(prepared, runtime=runtime, encode=text_part),
        media_type="text/plain; charset=utf-8",
        headers=STREAM_HEADERS,
    )
