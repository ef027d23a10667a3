"""Runs the wait block: the client waits, and may hold the bot until it is done."""

import re

from botloom.engine.blocks.logic.wait.schema import WaitBlock
from botloom.engine.runtime import BlockResult, TurnContext

# JavaScript's parseFloat reads the longest number at the start of the text.
_LEADING_NUMBER = re.compile(
    r"\s*([+-]?(?:Infinity|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?))"
)


def parse_float(text: str) -> float | None:
    """JavaScript's ``parseFloat``; ``None`` where it gives NaN."""
    match = _LEADING_NUMBER.match(text)
    return None if match is None else float(match[1].replace("Infinity", "inf"))


async def execute(block: WaitBlock, ctx: TurnContext) -> BlockResult:
    """A ``wait`` action for the substituted number of seconds; with ``shouldPause`` the bot
    stops until the client's dedicated reply. Text that is not a number waits for nothing."""
    options = block.options
    seconds = parse_float(await ctx.substitute(options.seconds_to_wait_for))
    if seconds is None:
        return BlockResult()
    action: dict[str, object] = {
        "type": "wait",
        "wait": {"secondsToWaitFor": int(seconds) if seconds.is_integer() else seconds},
    }
    if options.should_pause:
        action["expectsDedicatedReply"] = True
    return BlockResult(client_side_actions=[action], pause=options.should_pause)
