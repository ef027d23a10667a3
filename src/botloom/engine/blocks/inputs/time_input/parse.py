"""Reading a reply to the time input."""

import re
from datetime import datetime

from botloom.engine.blocks.inputs.common import accept
from botloom.engine.blocks.inputs.date_input.parse import format_datetime, parse_datetime
from botloom.engine.blocks.inputs.time_input.schema import TimeInputBlock
from botloom.engine.runtime import InvalidReply, ParsedReply, Reply, TurnContext

_TIME = re.compile(
    r"(?P<hour>\d{1,2})(?:\s*[:h.]\s*(?P<minute>\d{2})(?::(?P<second>\d{2}))?)?"
    r"(?:\s*(?P<meridiem>[ap])\.?m\.?)?",
    re.IGNORECASE,
)


async def parse_reply(
    block: TimeInputBlock, reply: Reply, ctx: TurnContext
) -> ParsedReply | InvalidReply:
    """A time of day ("14:30", "2:30 pm", "9h", or a full date and time), saved in the
    input's format ("HH:mm" by default)."""
    now = ctx.ports.now()
    moment = _parse_time(reply.text.strip(), now.replace(second=0, microsecond=0))
    if moment is None:
        moment = parse_datetime(reply.text, day_first=True, now=now)
    if moment is None:
        return InvalidReply()
    return accept(reply, format_datetime(moment, block.options.format))


def _parse_time(text: str, today: datetime) -> datetime | None:
    match = _TIME.fullmatch(text)
    if match is None or (match["minute"] is None and match["meridiem"] is None):
        return None
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    second = int(match["second"] or 0)
    if match["meridiem"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match["meridiem"].lower() == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return today.replace(hour=hour, minute=minute, second=second)
