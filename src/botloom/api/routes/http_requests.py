"""HTTP request blocks in the builder: the list of them, and test runs (Typebot's
``listHttpRequestBlocks`` and ``executeTestWebhook``)."""

from typing import Annotated

from fastapi import Body, Path

from botloom.api.deps import CurrentUser, DbDep, RuntimeDep
from botloom.api.errors import ERROR_RESPONSES
from botloom.api.routing import api_router
from botloom.domain.http_requests import service
from botloom.domain.http_requests.schemas import (
    HttpRequestBlockList,
    WebhookTestBody,
    WebhookTestResponse,
)

TypebotIdPath = Annotated[str, Path(alias="typebotId")]
BlockIdPath = Annotated[str, Path(alias="blockId")]

router = api_router(prefix="/api/v1/typebots", tags=["httpRequest"])


@router.get("/{typebotId}/webhookBlocks", responses=ERROR_RESPONSES)
async def list_http_request_blocks(
    typebot_id: TypebotIdPath, db: DbDep, user: CurrentUser, runtime: RuntimeDep
) -> HttpRequestBlockList:
    """The HTTP request blocks (and Zapier, Make.com, Pabbly blocks) of the bot's draft."""
    blocks = await service.list_http_request_blocks(
        db=db, runtime=runtime, actor=user, typebot_id=typebot_id
    )
    return HttpRequestBlockList(webhook_blocks=blocks)


@router.post("/{typebotId}/webhookBlocks/{blockId}/testWebhook", responses=ERROR_RESPONSES)
async def run_webhook_test(
    typebot_id: TypebotIdPath,
    block_id: BlockIdPath,
    db: DbDep,
    user: CurrentUser,
    runtime: RuntimeDep,
    body: Annotated[WebhookTestBody | None, Body()] = None,
) -> WebhookTestResponse:
    """Send the block's request from the server with test values; answers what came back
    (a refused target, a timeout or a network failure as status 400, 408 or 500)."""
    return await service.run_test_request(
        db=db,
        runtime=runtime,
        actor=user,
        typebot_id=typebot_id,
        block_id=block_id,
        variables=body.variables if body is not None else [],
    )
