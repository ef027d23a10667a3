"""``streamMessage``: run the action a session stopped on and hand its text over as it comes.

A turn that reaches a streaming AI block stops on it with a ``stream`` action (see
``engine/blocks/forge/streaming``). The widget then calls ``streamMessage``: the action runs
here, each piece of text is passed on the moment the provider sends it, and once the stream is
over the answer is saved in the session (its variables, its logs) and the session moves past the
bubble the stream stood for, so the client's next continueChat goes on from there. A provider
that fails or is too slow ends the stream early with a log line; the chat goes on.
"""

import logging
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass

import anyio
from pydantic import BaseModel

from botloom.domain.chat.detached import detached_ports
from botloom.domain.chat.persistence import StaleSessionError, TurnWrite
from botloom.domain.chat.service import ChatRuntime, read_session, session_bots
from botloom.domain.errors import InvalidInputError
from botloom.domain.integrations.actions import failure_log, find_action
from botloom.engine.integration_calls import ActionOutcome, IntegrationLog
from botloom.engine.runtime import TurnContext
from botloom.engine.streaming import PendingStream, finish_stream, pending_stream
from botloom.integrations.plugins.base import (
    Action,
    ActionContext,
    Integration,
    IntegrationError,
)

logger = logging.getLogger(__name__)

NOTHING_TO_STREAM = "This session has no message to stream"

Encode = Callable[[str], bytes]


@dataclass
class PreparedStream:
    """A stream ready to run: the session as read, and the action (of that integration)
    with its context."""

    session_id: str
    turn: int
    turn_context: TurnContext
    pending: PendingStream
    integration: Integration
    action: Action
    action_context: ActionContext[BaseModel, BaseModel | None] | None
    failure: IntegrationLog | None = None


async def prepare_stream(
    *,
    runtime: ChatRuntime,
    session_id: str,
    origin: str | None,
) -> PreparedStream:
    """Check the session waits on a stream and get its action ready (credentials opened,
    options read). Raises ``NotFoundError`` / ``InvalidInputError``; problems of the
    integration itself are kept for the stream to report as a log line."""
    stored = await read_session(runtime, session_id, origin)
    state = stored.state
    bots = await session_bots(runtime, state)
    js = runtime.sandbox()
    try:
        turn_context = TurnContext(state, bots, detached_ports(runtime, js))
        pending = await pending_stream(turn_context)
    finally:
        await js.close()
    if pending is None or runtime.integrations is None:
        raise InvalidInputError(NOTHING_TO_STREAM)
    port = runtime.integrations.for_workspace(
        runtime.engine, state.workspace_id or "", sandbox=runtime.sandbox
    )
    try:
        integration, action = find_action(port.registry, pending.call)
    except IntegrationError:
        raise InvalidInputError(NOTHING_TO_STREAM) from None
    if action.stream is None:
        raise InvalidInputError(NOTHING_TO_STREAM)
    prepared = PreparedStream(
        session_id, stored.turn, turn_context, pending, integration, action, None
    )
    try:
        prepared.action_context = await port.action_context(integration, action, pending.call)
    except IntegrationError as exc:
        prepared.failure = failure_log(exc, integration, action)
    return prepared


async def run_stream(
    prepared: PreparedStream, *, runtime: ChatRuntime, encode: Encode
) -> AsyncIterator[bytes]:
    """The action's text piece by piece (each ``encode``d as it arrives); at the end, whatever
    happened, what the action did is saved and the session moves on."""
    ctx = prepared.action_context
    outcome = ActionOutcome() if ctx is None else ctx.outcome
    stream = prepared.action.stream
    async with runtime.locks.hold(prepared.session_id):
        try:
            if ctx is not None and stream is not None:
                async for piece in stream.run(ctx):
                    yield encode(piece)
        except Exception as exc:
            outcome.logs.append(failure_log(exc, prepared.integration, prepared.action))
        finally:
            if prepared.failure is not None:
                outcome.logs.append(prepared.failure)
            # Saved even when the client went away mid-stream: the answer is the session's.
            with anyio.CancelScope(shield=True):
                await _save(prepared, runtime, outcome)


async def _save(prepared: PreparedStream, runtime: ChatRuntime, outcome: ActionOutcome) -> None:
    turn = finish_stream(prepared.turn_context, prepared.pending, outcome)
    try:
        await runtime.writer.write(
            TurnWrite(
                session_id=prepared.session_id,
                outcome=turn,
                turn=prepared.turn,
                keep=True,
                write_results=not turn.state.is_preview,
            )
        )
    except StaleSessionError:
        logger.warning("Session %s moved on while its message streamed", prepared.session_id)
