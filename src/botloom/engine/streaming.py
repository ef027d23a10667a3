"""The engine's side of ``streamMessage``: what a session waits to stream, and what is kept
once the stream is over (see ``blocks/forge/streaming`` for when a turn streams)."""

from dataclasses import dataclass

from botloom.engine.blocks.forge.schema import ForgeBlock
from botloom.engine.blocks.forge.streaming import streamed_bubble
from botloom.engine.integration_calls import ActionCall, ActionOutcome
from botloom.engine.integration_runs import action_call, keep_outcome
from botloom.engine.runtime import TurnContext
from botloom.engine.walker import TurnOutcome


@dataclass(frozen=True)
class PendingStream:
    """The forge action a session waits to stream: its call, and the bubble it stands for."""

    block_id: str
    call: ActionCall
    bubble_id: str | None


async def pending_stream(ctx: TurnContext) -> PendingStream | None:
    """What the session waits to stream, if it stopped on a forge block of a streaming chat."""
    block_id = ctx.state.current_block_id
    block = None if block_id is None else ctx.bot.block(block_id)
    if not ctx.state.is_stream_enabled or not isinstance(block, ForgeBlock):
        return None
    bubble = streamed_bubble(ctx.bot, block)
    call = await action_call(
        ctx,
        integration_id=block.type,
        action=block.options.action,
        credentials_id=block.options.credentials_id,
        options=block.options,
        block_id=block.id,
    )
    return PendingStream(
        block_id=block.id, call=call, bubble_id=None if bubble is None else bubble.id
    )


def finish_stream(ctx: TurnContext, pending: PendingStream, outcome: ActionOutcome) -> TurnOutcome:
    """Keep what the streamed action did (its variables and logs) and move the session past
    the bubble the stream replaced, so the client's next continueChat goes on from there."""
    keep_outcome(ctx, pending.block_id, outcome)
    ctx.state.current_block_id = pending.bubble_id or pending.block_id
    return TurnOutcome(
        state=ctx.state,
        messages=[],
        input=None,
        client_side_actions=[],
        logs=[log.to_json() for log in ctx.logs],
        records=ctx.records,
        completed=False,
        frames=list(ctx.state.frames),
    )
