"""Typebot's chat API routes: thin, they parse, call the chat service and shape the answer."""

from typing import Annotated, Any

from fastapi import Path, Request

from botloom.api.deps import CurrentUser, DbDep, RuntimeDep
from botloom.api.errors import ERROR_RESPONSES
from botloom.api.rate_limits import RATE_LIMITED_RESPONSES, ContinueChatLimited, StartChatLimited
from botloom.api.routing import api_router
from botloom.channels.web.responses import (
    ContinueChatResponse,
    StartChatResponse,
    continue_chat_response,
    start_chat_response,
)
from botloom.channels.web.schemas import (
    ClientLogsBody,
    ContinueChatBody,
    PreviewStartChatBody,
    StartChatBody,
    StartFromEvent,
    StartFromGroup,
    to_reply,
)
from botloom.domain.chat import service
from botloom.domain.chat.service import StartRequest
from botloom.domain.schemas import SuccessResponse

router = api_router(prefix="/api", tags=["chat"])

SessionIdPath = Annotated[str, Path(alias="sessionId")]


def request_origin(request: Request) -> str | None:
    """The page the visitor is on: the iframe's parent when the embed says so."""
    return request.headers.get("x-typebot-iframe-referrer-origin") or request.headers.get("origin")


def _start_request(body: StartChatBody) -> StartRequest:
    return StartRequest(
        message=to_reply(body.message),
        result_id=body.result_id,
        is_stream_enabled=body.is_stream_enabled,
        is_only_registering=body.is_only_registering,
        prefilled_variables=body.prefilled_variables,
        text_format=body.text_bubble_content_format,
    )


# The turn routes return the dicts of ``responses``; ``response_model_exclude_unset`` writes
# them back as they are, without the keys they leave out.
_TURN_ROUTE: dict[str, Any] = {"responses": ERROR_RESPONSES, "response_model_exclude_unset": True}
_LIMITED_TURN_ROUTE = {**_TURN_ROUTE, "responses": {**ERROR_RESPONSES, **RATE_LIMITED_RESPONSES}}


@router.post(
    "/v1/typebots/{publicId}/startChat",
    response_model=StartChatResponse,
    dependencies=[StartChatLimited],
    **_LIMITED_TURN_ROUTE,
)
async def start_chat(
    public_id: Annotated[str, Path(alias="publicId")],
    body: StartChatBody,
    request: Request,
    runtime: RuntimeDep,
) -> dict[str, Any]:
    """Start a chat with a published bot."""
    turn = await service.start_live_chat(
        runtime=runtime,
        public_id=public_id,
        request=_start_request(body),
        origin=request_origin(request),
    )
    return start_chat_response(turn)


def _preview_request(body: PreviewStartChatBody) -> StartRequest:
    request = _start_request(body)
    request.session_id = body.session_id
    request.progress_bar_override = body.is_progress_bar_enabled
    if isinstance(body.start_from, StartFromGroup):
        request.start_group_id = body.start_from.group_id
    elif isinstance(body.start_from, StartFromEvent):
        request.start_event_id = body.start_from.event_id
    return request


@router.post(
    "/v1/typebots/{typebotId}/preview/startChat", response_model=StartChatResponse, **_TURN_ROUTE
)
async def start_preview_chat(
    typebot_id: Annotated[str, Path(alias="typebotId")],
    body: PreviewStartChatBody,
    db: DbDep,
    user: CurrentUser,
    runtime: RuntimeDep,
) -> dict[str, Any]:
    """Start a chat with a bot's draft (API token required)."""
    turn = await service.start_preview_chat(
        db=db, runtime=runtime, actor=user, typebot_id=typebot_id, request=_preview_request(body)
    )
    return start_chat_response(turn)


@router.post(
    "/v1/templates/{templateSlug}/preview/startChat",
    response_model=StartChatResponse,
    dependencies=[StartChatLimited],
    **_LIMITED_TURN_ROUTE,
)
async def start_template_preview_chat(
    template_slug: Annotated[str, Path(alias="templateSlug", max_length=100)],
    body: PreviewStartChatBody,
    db: DbDep,
    user: CurrentUser,
    runtime: RuntimeDep,
) -> dict[str, Any]:
    """Start a preview chat with a template of the gallery without making a bot of it
    (signed-in callers; counted as a startChat). Its session goes on with continueChat."""
    turn = await service.start_template_preview_chat(
        db=db, runtime=runtime, actor=user, slug=template_slug, request=_preview_request(body)
    )
    return start_chat_response(turn)


@router.post(
    "/v1/sessions/{sessionId}/continueChat",
    response_model=ContinueChatResponse,
    dependencies=[ContinueChatLimited],
    **_LIMITED_TURN_ROUTE,
)
async def continue_chat(
    session_id: SessionIdPath, body: ContinueChatBody, request: Request, runtime: RuntimeDep
) -> dict[str, Any]:
    """Answer the bot, and get what it says next."""
    turn = await service.continue_live_chat(
        runtime=runtime,
        session_id=session_id,
        message=to_reply(body.message),
        origin=request_origin(request),
    )
    return continue_chat_response(turn)


@router.post("/v1/sessions/{sessionId}/updateTypebot", responses=ERROR_RESPONSES)
async def update_typebot(
    session_id: SessionIdPath, db: DbDep, user: CurrentUser, runtime: RuntimeDep
) -> SuccessResponse:
    """Make a session run the bot's latest version, keeping its place and variables."""
    await service.update_session_bot(db=db, runtime=runtime, actor=user, session_id=session_id)
    return SuccessResponse()


@router.post("/v2/sessions/{sessionId}/clientLogs", responses=ERROR_RESPONSES)
@router.post(
    "/v1/sessions/{sessionId}/clientLogs",
    responses=ERROR_RESPONSES,
    deprecated=True,
    operation_id="chat-save_client_logs_v1",
)
async def save_client_logs(
    session_id: SessionIdPath, body: ClientLogsBody, db: DbDep
) -> SuccessResponse:
    """Store logs the widget reports."""
    await service.save_client_logs(
        db=db,
        session_id=session_id,
        logs=[log.model_dump(mode="json") for log in body.client_logs],
    )
    return SuccessResponse(message="Logs successfully saved.")
