"""HTTP request blocks of a bot's draft: the list the builder shows, and test runs.

A test run sends the block's request from the server, as the chat would, with the variables
given for the test, through the same SSRF guard; nothing is stored.
"""

import dataclasses
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.access.queries import BotRight, access_typebot
from botloom.domain.bots.http_blocks import find_http_block
from botloom.domain.chat.bots import draft_bot
from botloom.domain.chat.detached import detached_ports
from botloom.domain.chat.service import ChatRuntime
from botloom.domain.errors import InvalidInputError, NotFoundError
from botloom.domain.http_requests.schemas import (
    HttpRequestBlockSummary,
    WebhookTestResponse,
    WebhookTestVariable,
)
from botloom.domain.results.export import result_columns
from botloom.engine.blocks.integrations.http_request.execute import send, with_proxy
from botloom.engine.blocks.integrations.http_request.request import HttpBlock, build_request
from botloom.engine.blocks.integrations.http_request.schema import HttpRequestBlock
from botloom.engine.blocks.integrations.make_com.schema import MakeComBlock
from botloom.engine.blocks.integrations.pabbly.schema import PabblyBlock
from botloom.engine.blocks.integrations.zapier.schema import ZapierBlock
from botloom.engine.blocks.logic.set_variable.execute import iso_utc
from botloom.engine.bot import Bot
from botloom.engine.integration_calls import IntegrationError
from botloom.engine.ports import JsRunner
from botloom.engine.runtime import TurnContext
from botloom.engine.state import BotFrame, SessionState
from botloom.store.models import User
from botloom.store.types import utcnow

HTTP_BLOCKS = (HttpRequestBlock, ZapierBlock, MakeComBlock, PabblyBlock)


def _http_blocks(bot: Bot) -> list[tuple[str, HttpBlock]]:
    """Every HTTP request block with its group's title, in document order."""
    found: list[tuple[str, HttpBlock]] = []
    for group in bot.document.groups:
        for block in group.blocks:
            if isinstance(block, HTTP_BLOCKS):
                found.append((group.title, block))
    return found


async def list_http_request_blocks(
    *, db: AsyncSession, runtime: ChatRuntime, actor: User, typebot_id: str
) -> list[HttpRequestBlockSummary]:
    """The HTTP request blocks of the bot's draft, labelled ``group title > block id``."""
    typebot, _ = await access_typebot(
        db=db, actor=actor, typebot_id=typebot_id, needed=BotRight.READ
    )
    bot = draft_bot(runtime.cache, typebot)
    return [
        HttpRequestBlockSummary.model_validate(
            {
                "id": block.id,
                "type": block.type,
                "label": f"{title} > {block.id}",
                "url": block.options.webhook.url,
            }
        )
        for title, block in _http_blocks(bot)
    ]


async def run_test_request(
    *,
    db: AsyncSession,
    runtime: ChatRuntime,
    actor: User,
    typebot_id: str,
    block_id: str,
    variables: list[WebhookTestVariable],
) -> WebhookTestResponse:
    """Send the block's request now, with its test values, and return what came back."""
    typebot, _ = await access_typebot(
        db=db, actor=actor, typebot_id=typebot_id, needed=BotRight.WRITE
    )
    bot = draft_bot(runtime.cache, typebot)
    block = next((b for _, b in _http_blocks(bot) if b.id == block_id), None)
    if block is None:
        raise NotFoundError("HTTP request block not found")
    if not block.options.webhook.url:
        raise InvalidInputError("options.webhook.url: the block has no URL to test")
    js = runtime.sandbox()
    try:
        ctx = _test_context(bot, block, variables, runtime, js)
        if runtime.integrations is not None:
            # The workspace's proxy credentials, should the block send through one.
            integrations = runtime.integrations.for_workspace(runtime.engine, typebot.workspace_id)
            ctx.ports = dataclasses.replace(ctx.ports, integrations=integrations)
        request = await build_request(block, ctx)
        try:
            request = await with_proxy(block, request, ctx)
        except IntegrationError as exc:
            return WebhookTestResponse(status_code=400, data={"message": str(exc)})
        outcome = await send(request, ctx)
    finally:
        await js.close()
    return WebhookTestResponse(status_code=outcome.status_code, data=outcome.data)


def _test_context(
    bot: Bot,
    block: HttpBlock,
    variables: list[WebhookTestVariable],
    runtime: ChatRuntime,
    js: JsRunner,
) -> TurnContext:
    """A preview turn on the draft, its variables set to the test values."""

    ports = detached_ports(runtime, js)
    frame = BotFrame(version_id=bot.version_id, typebot_id=bot.typebot_id)
    ctx = TurnContext(SessionState(frames=[frame], is_preview=True), {bot.version_id: bot}, ports)
    for preset in block.options.variables_for_test:
        ctx.set_variable(preset.variable_id, preset.value, block_id=block.id)
    for given in variables:
        variable_id = given.id
        if variable_id is None and given.name is not None:
            named = ctx.variables.get_by_name(given.name)
            variable_id = named.id if named is not None else None
        ctx.set_variable(variable_id, given.value, block_id=block.id)
    return ctx


_SAMPLE_ANSWERS = {
    "email input": "jane@example.com",
    "number input": "20",
    "url input": "https://example.com",
    "phone number input": "+33612345678",
    "date input": "2026-01-31",
    "time input": "14:30",
    "rating input": "8",
    "file input": "https://example.com/files/sample.png",
    "payment input": "Success",
}


async def result_example(
    *, db: AsyncSession, actor: User, typebot_id: str, block_id: str
) -> dict[str, str]:
    """A made-up body of the block's automatic request, with the keys a real one has (when it
    was sent, each answer, each variable), for platforms such as Zapier to map fields from."""
    typebot, _ = await access_typebot(
        db=db, actor=actor, typebot_id=typebot_id, needed=BotRight.READ
    )
    if find_http_block(typebot.content, block_id) is None:
        raise NotFoundError("HTTP request block not found")
    blocks = {
        str(block.get("id")): block
        for group in typebot.content.get("groups") or []
        for block in group.get("blocks") or []
    }
    example = {"submittedAt": iso_utc(utcnow())}
    for column in result_columns(typebot.content, answered_block_ids=[], preferences=None):
        if column.kind == "input":
            block = blocks.get(column.id, {})
            example[column.label] = _sample_answer(block)
        elif column.kind == "variable":
            example[column.label] = "value"
    return example


def _sample_answer(block: dict[str, Any]) -> str:
    """What a visitor might answer to this input block."""
    kind = str(block.get("type"))
    if kind in ("choice input", "picture choice input"):
        items = block.get("items") or []
        first = items[0] if items else {}
        return str(first.get("content") or first.get("title") or "Option 1")
    return _SAMPLE_ANSWERS.get(kind, "content")
