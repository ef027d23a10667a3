"""Chats that wait for a webhook: an outside call resumes them, and the visitor's page learns
of it at once (docs/chat-api.md, "Webhook block").

A chat that reaches a "listen for webhook" block stops there; the block numbers the wait
(``listenId``). ``executeWebhook`` runs the next turn on the server, with the call's body as the
block's reply, writes it like any turn, and keeps the turn's response in the session under that
number. It then signals the session: the page's event stream, in whichever worker, re-reads the
session and sends the kept response. Only the number is compared, so a page that connects late
still gets its response, and one waiting on a later wait of the same block is not answered
with an earlier one.
"""

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.access.queries import BotRight, access_typebot
from botloom.domain.chat.service import (
    ChatRuntime,
    ChatTurn,
    TurnHooks,
    continue_live_chat,
    read_session,
)
from botloom.domain.errors import ConflictError, NotFoundError
from botloom.engine.blocks.logic.webhook.execute import REPLY_KEY, is_listening, listen_id
from botloom.engine.blocks.logic.webhook.schema import WebhookBlock
from botloom.engine.bot import Bot
from botloom.engine.runtime import Reply
from botloom.engine.state import SessionState
from botloom.store.models import ChatSession, Result, User
from botloom.store.types import utcnow

RECHECK_SECONDS = 15.0
"""How long an event stream waits for a signal before it re-reads the session anyway."""

ShapeResponse = Callable[[ChatTurn], dict[str, Any]]
"""Turns a chat turn into the body a continueChat would have answered."""


def _signal_key(session_id: str) -> str:
    return f"webhook:{session_id}"


async def execute_webhook(
    *,
    runtime: ChatRuntime,
    typebot_id: str,
    block_id: str,
    result_id: str,
    data: object,
    shape: ShapeResponse,
) -> None:
    """Resume the chat of ``result_id`` that waits on the webhook block ``block_id`` of bot
    ``typebot_id``, with ``data`` as the call's body. Raises ``NotFoundError`` when the result
    has no open chat, ``ConflictError`` when its chat is not waiting on that block."""
    async with runtime.sessions() as db:
        session_id = await db.scalar(
            select(Result.last_chat_session_id).where(
                Result.id == result_id, Result.typebot_id == typebot_id
            )
        )
    no_chat = f"Result {result_id} of typebot {typebot_id} has no open chat"
    if session_id is None:
        raise NotFoundError(no_chat)

    def ours(state: SessionState) -> bool:
        return any(f.result_id == result_id for f in state.frames)

    try:
        await _resume(runtime, session_id, _Wait(typebot_id, block_id, ours), data, shape)
    except NotFoundError:
        raise NotFoundError(no_chat) from None


PREVIEW_WINDOW = timedelta(hours=1)
"""How recent a preview's last turn must be for a test webhook call to reach it."""


async def execute_test_webhook(
    *,
    db: AsyncSession,
    runtime: ChatRuntime,
    actor: User,
    typebot_id: str,
    block_id: str,
    data: object,
    shape: ShapeResponse,
) -> int:
    """The builder's test call: resume ``actor``'s previews of the bot that wait on the block
    (those active within the last hour); returns how many were resumed."""
    await access_typebot(db=db, actor=actor, typebot_id=typebot_id, needed=BotRight.READ)
    state = ChatSession.state
    rows = await db.scalars(
        select(ChatSession.id).where(
            ChatSession.updated_at >= utcnow() - PREVIEW_WINDOW,
            state["isPreview"].as_boolean().is_(True),
            state["previewUserId"].as_string() == actor.id,
            state["currentBlockId"].as_string() == block_id,
        )
    )
    session_ids = list(rows)
    await db.commit()

    def ours(state: SessionState) -> bool:
        return state.is_preview and state.preview_user_id == actor.id

    resumed = 0
    for session_id in session_ids:
        with contextlib.suppress(NotFoundError, ConflictError):
            await _resume(runtime, session_id, _Wait(typebot_id, block_id, ours), data, shape)
            resumed += 1
    return resumed


@dataclass(frozen=True)
class _Wait:
    """The wait a call is for: a webhook block of a bot, in a chat ``owned`` by the caller."""

    typebot_id: str
    block_id: str
    owned: Callable[[SessionState], bool]


async def _resume(
    runtime: ChatRuntime, session_id: str, wait: _Wait, data: object, shape: ShapeResponse
) -> None:
    """Run the turn of a webhook call on a chat that waits for it, keep its response for the
    page, and signal the page's stream."""

    def check(state: SessionState, bots: dict[str, Bot]) -> None:
        frame = state.frame
        waiting = (
            state.current_block_id == wait.block_id
            and frame.typebot_id == wait.typebot_id
            and wait.owned(state)
            and isinstance(bots[frame.version_id].block(wait.block_id), WebhookBlock)
        )
        if not waiting:
            raise ConflictError(f"The chat is not waiting for the webhook of block {wait.block_id}")
        listening[:] = [listen_id(state.extra)]

    listening: list[int] = []

    def finish(turn: ChatTurn) -> None:
        extra = turn.outcome.state.extra
        extra[REPLY_KEY] = {"listenId": listening[0], "response": shape(turn)}

    await continue_live_chat(
        runtime=runtime,
        session_id=session_id,
        message=Reply(text=json.dumps(data, ensure_ascii=False)),
        origin=None,
        hooks=TurnHooks(check=check, finish=finish),
    )
    await runtime.signals.notify(_signal_key(session_id))


@dataclass(frozen=True)
class _Waiting:
    """What a session says about a wait: its response when it is over."""

    response: dict[str, Any] | None
    still_waiting: bool


async def _look(runtime: ChatRuntime, session_id: str, listen: int, origin: str | None) -> _Waiting:
    state = (await read_session(runtime, session_id, origin)).state
    reply = state.extra.get(REPLY_KEY)
    if isinstance(reply, dict) and reply.get("listenId") == listen:
        return _Waiting(response=reply.get("response"), still_waiting=False)
    return _Waiting(response=None, still_waiting=is_listening(state, listen))


async def webhook_events(
    *, runtime: ChatRuntime, session_id: str, listen: int, origin: str | None
) -> AsyncIterator[dict[str, Any]]:
    """The response of the session's webhook wait number ``listen``, yielded once as soon as
    the webhook is called. Raises ``NotFoundError`` for an unknown session and
    ``ConflictError`` when the session has no such wait, before the stream starts."""
    stack = contextlib.AsyncExitStack()
    signalled = await stack.enter_async_context(runtime.signals.watch(_signal_key(session_id)))
    try:
        look = await _look(runtime, session_id, listen, origin)
        if look.response is None and not look.still_waiting:
            raise ConflictError(f"Session {session_id} is not waiting for webhook call {listen}")
    except BaseException:
        await stack.aclose()
        raise
    return _stream(stack, signalled, look, lambda: _look(runtime, session_id, listen, origin))


async def _stream(
    stack: contextlib.AsyncExitStack,
    signalled: asyncio.Event,
    look: _Waiting,
    again: Callable[[], Awaitable[_Waiting]],
) -> AsyncIterator[dict[str, Any]]:
    async with stack:
        while look.response is None:
            if not look.still_waiting:
                # The chat went on another way (restarted, or a client that replied itself).
                return
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(signalled.wait(), RECHECK_SECONDS)
            signalled.clear()
            try:
                look = await again()
            except NotFoundError:
                return
        yield look.response
