"""The webhook block's routes: Typebot's ``executeWebhook``, which resumes a chat waiting on the
block, and the event stream that tells the visitor's page at once (docs/chat-api.md).

The event stream is server-sent events: one ``webhook`` event whose data is the continueChat
body of the resumed turn, then the stream ends. The headers keep proxies from holding it back.
"""

from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import Body, Path, Query, Request
from fastapi.responses import StreamingResponse
from pydantic_core import to_json

from botloom.api.deps import CurrentUser, DbDep, RuntimeDep
from botloom.api.errors import ERROR_RESPONSES, with_conflict
from botloom.api.routing import api_router
from botloom.channels.web.responses import continue_chat_response
from botloom.channels.web.routes import request_origin
from botloom.domain.chat import webhooks
from botloom.domain.errors import InvalidInputError
from botloom.domain.schemas import SuccessResponse

router = api_router(prefix="/api", tags=["chat"])

TypebotIdPath = Annotated[str, Path(alias="typebotId", max_length=200)]
BlockIdPath = Annotated[str, Path(alias="blockId", max_length=200)]
JsonBody = Annotated[Any, Body(description="Any JSON: the block's mapping reads it as `data`.")]

EVENT_HEADERS = {"Cache-Control": "no-cache, no-transform", "X-Accel-Buffering": "no"}


@router.post(
    "/v1/typebots/{typebotId}/blocks/{blockId}/results/{resultId}/executeWebhook",
    responses=with_conflict("The result's chat is not waiting for this webhook block"),
)
async def execute_webhook(
    typebot_id: TypebotIdPath,
    block_id: BlockIdPath,
    result_id: Annotated[str, Path(alias="resultId", max_length=200)],
    runtime: RuntimeDep,
    body: JsonBody = None,
) -> SuccessResponse:
    """Call a "listen for webhook" block: the chat of ``resultId`` waiting on the block goes on
    at once, with parts of the JSON body saved into variables by the block's mapping. 404 when
    the result has no open chat, 409 when its chat waits on something else."""
    await webhooks.execute_webhook(
        runtime=runtime,
        typebot_id=typebot_id,
        block_id=block_id,
        result_id=result_id,
        data=_json_body(body),
        shape=continue_chat_response,
    )
    return SuccessResponse(message="Webhook executed")


class TestWebhookResponse(SuccessResponse):
    """Typebot's answer, with how many of the caller's preview chats the call resumed."""

    resumed: int


@router.post(
    "/v1/typebots/{typebotId}/blocks/{blockId}/web/executeTestWebhook",
    responses=ERROR_RESPONSES,
)
async def execute_test_webhook(
    typebot_id: TypebotIdPath,
    block_id: BlockIdPath,
    db: DbDep,
    user: CurrentUser,
    runtime: RuntimeDep,
    body: JsonBody = None,
) -> TestWebhookResponse:
    """The builder's test call of a "listen for webhook" block: the caller's preview chats of
    the bot waiting on the block (active within the hour) go on, as with ``executeWebhook``."""
    resumed = await webhooks.execute_test_webhook(
        db=db,
        runtime=runtime,
        actor=user,
        typebot_id=typebot_id,
        block_id=block_id,
        data=_json_body(body),
        shape=continue_chat_response,
    )
    return TestWebhookResponse(
        message=f"Test webhook executed ({resumed} preview chats resumed)", resumed=resumed
    )


def _json_body(body: object) -> object:
    if isinstance(body, bytes):
        # What FastAPI hands over for a body that was not sent as JSON.
        raise InvalidInputError.for_field("body", "must be JSON (Content-Type: application/json)")
    return body


@router.get(
    "/v1/sessions/{sessionId}/webhookEvents",
    responses=with_conflict("The chat has no such webhook wait")
    | {200: {"content": {"text/event-stream": {}}}},
    response_class=StreamingResponse,
)
async def webhook_events(
    session_id: Annotated[str, Path(alias="sessionId", max_length=200)],
    listen_id: Annotated[int, Query(alias="listenId", ge=1, le=2**31)],
    request: Request,
    runtime: RuntimeDep,
) -> StreamingResponse:
    """Wait for the webhook the chat listens to (the ``listenId`` of its ``listenForWebhook``
    action): one ``webhook`` event carries the continueChat body of the resumed chat."""
    responses = await webhooks.webhook_events(
        runtime=runtime, session_id=session_id, listen=listen_id, origin=request_origin(request)
    )
    return StreamingResponse(
        _events(responses), media_type="text/event-stream", headers=EVENT_HEADERS
    )


async def _events(responses: AsyncIterator[dict[str, Any]]) -> AsyncIterator[bytes]:
    # A comment first, so that the page's EventSource opens (and proxies flush) at once.
    yield b": waiting\n\n"
    async for response in responses:
        yield b"event: webhook\ndata: " + to_json(response) + b"\n\n"
