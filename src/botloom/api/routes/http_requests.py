"""HTTP request blocks in the builder: the list of them, test runs (Typebot's
``listHttpRequestBlocks`` and ``executeTestWebhook``), and the subscribe routes Zapier, Make.com
and Pabbly call to connect to a block."""

from typing import Annotated

from fastapi import Body, Path

from botloom.api.deps import CurrentUser, DbDep, RuntimeDep
from botloom.api.errors import ERROR_RESPONSES
from botloom.api.routing import api_router
from botloom.domain.access.queries import BotRight, access_typebot
from botloom.domain.bots.actions import do_set_http_block_url
from botloom.domain.http_requests import service
from botloom.domain.http_requests.schemas import (
    HttpRequestBlockList,
    ResultExampleResponse,
    WebhookSubscribeBody,
    WebhookSubscription,
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


@router.post("/{typebotId}/webhookBlocks/{blockId}/subscribe", responses=ERROR_RESPONSES)
async def subscribe_webhook(
    typebot_id: TypebotIdPath,
    block_id: BlockIdPath,
    body: WebhookSubscribeBody,
    db: DbDep,
    user: CurrentUser,
) -> WebhookSubscription:
    """Point the block at ``url`` (Zapier, Make.com and Pabbly do this when a user turns a
    connection on); the live bot uses it at once."""
    typebot, _ = await access_typebot(
        db=db, actor=user, typebot_id=typebot_id, needed=BotRight.WRITE
    )
    await do_set_http_block_url(db=db, actor=user, typebot=typebot, block_id=block_id, url=body.url)
    return WebhookSubscription(id=block_id, url=body.url)


@router.post("/{typebotId}/webhookBlocks/{blockId}/unsubscribe", responses=ERROR_RESPONSES)
async def unsubscribe_webhook(
    typebot_id: TypebotIdPath, block_id: BlockIdPath, db: DbDep, user: CurrentUser
) -> WebhookSubscription:
    """Clear the block's URL (the connection was turned off); the block then sends nothing."""
    typebot, _ = await access_typebot(
        db=db, actor=user, typebot_id=typebot_id, needed=BotRight.WRITE
    )
    await do_set_http_block_url(db=db, actor=user, typebot=typebot, block_id=block_id, url=None)
    return WebhookSubscription(id=block_id, url=None)


@router.get("/{typebotId}/webhookBlocks/{blockId}/getResultExample", responses=ERROR_RESPONSES)
async def get_result_example(
    typebot_id: TypebotIdPath, block_id: BlockIdPath, db: DbDep, user: CurrentUser
) -> ResultExampleResponse:
    """A made-up body with the keys the block's automatic request sends, to map fields from."""
    example = await service.result_example(
        db=db, actor=user, typebot_id=typebot_id, block_id=block_id
    )
    return ResultExampleResponse(result_example=example)
